import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging/send';
import { cleanPageUrl } from '@/lib/capture/page-url';
import { detectCase } from '@/lib/capture/adapters';

/**
 * Reports the case on the page to the background, and again whenever the page changes under a
 * single-page app (history navigation or content that arrives late). Observes; never polls.
 */
export function watchCasePage(ctx: ContentScriptContext): void {
  let lastReport = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    if (ctx.isInvalid) return;
    const detectedCase = detectCase(document, location.href);
    const snapshot = { url: cleanPageUrl(location.href), pageTitle: document.title.slice(0, 500), detectedCase };
    const signature = JSON.stringify(snapshot);
    if (signature === lastReport) return;
    lastReport = signature;
    void sendMessage('page/case-detected', snapshot);
  };
  const reportSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(report, 150);
  };

  report();
  const observer = new MutationObserver(reportSoon);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  window.addEventListener('popstate', reportSoon);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    window.removeEventListener('popstate', reportSoon);
  });
}
