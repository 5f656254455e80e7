import { browser } from 'wxt/browser';
import { listenForMessages } from '@/lib/messaging/listen';
import { createMessageRouter } from '@/lib/messaging/router';
import { injectIntoOpenTabs, isGrantedOrigin, syncCaseScriptRegistration } from './case-sites';
import { wireAlerts } from './alerts-wiring';
import { createChallengeService } from './challenge-service';
import { createHandlers } from './handlers';
import { registerPageCommands } from './page-commands';
import { wireRetention } from './retention';

/** Wiring only: every decision lives in lib/ or in the small modules beside this file. */
export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  const recomputeAlerts = wireAlerts(() => challenges);
  const challenges = createChallengeService(recomputeAlerts);
  const route = createMessageRouter(createHandlers(challenges), {
    extensionId: browser.runtime.id,
    extensionOrigin,
    isGrantedOrigin,
  });
  listenForMessages(route);

  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    await syncCaseScriptRegistration();
    await injectIntoOpenTabs(origins);
  });
  browser.permissions.onRemoved.addListener(() => void syncCaseScriptRegistration());
  void syncCaseScriptRegistration();

  registerPageCommands();
  wireRetention(challenges);
});
