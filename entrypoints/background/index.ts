import { browser } from 'wxt/browser';
import { listenForMessages } from '@/lib/messaging/listen';
import { createMessageRouter } from '@/lib/messaging/router';
import {
  injectIntoOpenTabs,
  injectWhenCasePagesLoad,
  isGrantedOrigin,
  removeLegacyRegistration,
} from './case-sites';
import { wireAlerts } from './alerts-wiring';
import { readManagedPolicy } from './managed-policy';
import { createChallengeService } from './challenge-service';
import { createHandlers } from './handlers';
import { createLockService } from './lock-service';
import { registerPageCommands } from './page-commands';
import { wireRetention } from './retention';

/** Wiring only: every decision lives in lib/ or in the small modules beside this file. */
export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  const recomputeAlerts = wireAlerts(() => challenges);
  const lock = createLockService();
  lock.listen();
  const challenges = createChallengeService(recomputeAlerts, lock);
  const route = createMessageRouter(createHandlers(challenges), {
    extensionId: browser.runtime.id,
    extensionOrigin,
    isGrantedOrigin,
  });
  // Every message from an extension page is use of the extension: it postpones the auto-lock.
  listenForMessages(async (message, sender) => {
    if (sender.url?.startsWith(extensionOrigin)) await lock.noteActivity();
    return route(message, sender);
  });

  // The case-page script goes into granted pages after their load event (see case-sites.ts for why).
  injectWhenCasePagesLoad();
  browser.permissions.onAdded.addListener(({ origins = [] }) => void injectIntoOpenTabs(origins));
  void removeLegacyRegistration();

  // Case-page scripts hold a port open so that an extension update orphans them visibly (they detach).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'case-page') port.disconnect();
  });

  registerPageCommands();
  // Chromium answers the first storage.managed read of a browser session only once its policy service
  // is ready (measured: 2.7 s after start). Start it now, so the first sidebar or settings request does
  // not wait for all of it.
  void readManagedPolicy();
  wireRetention(challenges);
});
