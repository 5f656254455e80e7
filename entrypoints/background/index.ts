import { browser } from 'wxt/browser';
import { createMessageRouter } from '@/lib/messaging/router';
import { injectIntoOpenTabs, isGrantedOrigin, syncCaseScriptRegistration } from './case-sites';
import { createHandlers } from './handlers';
import { registerPageCommands, registerToolbarButton } from './page-commands';

/** Wiring only: every decision lives in lib/ or in the small modules beside this file. */
export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  const route = createMessageRouter(createHandlers(), {
    extensionId: browser.runtime.id,
    extensionOrigin,
    isGrantedOrigin,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    await syncCaseScriptRegistration();
    await injectIntoOpenTabs(origins);
  });
  browser.permissions.onRemoved.addListener(() => void syncCaseScriptRegistration());
  void syncCaseScriptRegistration();

  registerPageCommands();
  registerToolbarButton();
});
