import { browser, type Browser } from '@wxt-dev/browser';

type Route = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;

/**
 * Installs the background's one message listener on the browser's own API. It answers through
 * `sendResponse` and returns `true` (keep the channel open), which every browser supports; the
 * polyfill's promise-returning wrapper crashed Chromium 156 when a reply was sent (measured here).
 */
export function listenForMessages(route: Route): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse, (error: unknown) => {
      console.error('Challenge Companion: message failed', error);
      sendResponse({
        ok: false,
        error: { kind: 'unknown', message: 'Something went wrong; nothing was changed.' },
      });
    });
    return true;
  });
}
