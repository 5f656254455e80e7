import { detectCase, type CustomAdapter, type DetectedCase } from '@/lib/capture/adapters';
import { highlightRange } from '@/lib/capture/highlight';
import { cleanPageUrl } from '@/lib/capture/page-url';
import { anchorQuote, type QuoteAnchor } from '@/lib/capture/text-quote';
import type { ChallengeHighlight } from '@/lib/messaging/page-schemas';
import { sendFromPage } from '@/lib/messaging/send';

/**
 * Reports the case on the page to the background, and again whenever a single-page app changes the
 * page (history navigation or content that arrives late). Observes mutations and history; never polls.
 */
export function createCaseWatch() {
  let lastReport = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let detectedCase: DetectedCase | null = null;
  let clearHighlights: (() => void)[] = [];
  let highlighted = '';
  let customAdapters: CustomAdapter[] = [];

  const snapshot = () => ({
    url: cleanPageUrl(location.href),
    pageTitle: document.title.slice(0, 500),
    detectedCase,
  });

  const highlight = (highlights: ChallengeHighlight[]) => {
    const signature = JSON.stringify(highlights);
    if (signature === highlighted) return;
    highlighted = signature;
    observer.disconnect();
    clearHighlights.forEach((clear) => clear());
    clearHighlights = [];
    const found: string[] = [];
    for (const { challengeId, anchor } of highlights) {
      // A quote typed by hand has no position: search the whole page from the start.
      const range = anchorQuote(
        { ...anchor, position: anchor.position ?? { start: 0, end: 0 } },
        document.body,
      );
      if (!range) continue;
      clearHighlights.push(highlightRange(range, document));
      found.push(challengeId);
    }
    observe();
    void sendFromPage('page/highlights-found', { challengeIds: found });
  };

  const report = async () => {
    detectedCase = detectCase(document, location.href, customAdapters);
    const page = snapshot();
    const signature = JSON.stringify(page);
    if (signature === lastReport) return;
    lastReport = signature;
    const reply = await sendFromPage('page/case-detected', page);
    if (!reply.ok) return;
    highlight(reply.value.highlights);
    // The user's own adapters arrive with the first reply; look again with them if they are new.
    if (JSON.stringify(reply.value.customAdapters) !== JSON.stringify(customAdapters)) {
      customAdapters = reply.value.customAdapters;
      if (customAdapters.length > 0) reportSoon();
    }
  };
  const reportSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void report(), 150);
  };

  const observer = new MutationObserver(reportSoon);
  const observe = () =>
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  observe();
  window.addEventListener('popstate', reportSoon);
  // The first look waits for the page's load event and then an idle moment, so reading the page and
  // the first message are not counted in the host page's own load (docs/PERFORMANCE.md, "page load").
  let idle = 0;
  const firstReport = () => {
    idle = requestIdleCallback(() => void report(), { timeout: 300 });
  };
  if (document.readyState === 'complete') firstReport();
  else window.addEventListener('load', firstReport, { once: true });

  return {
    highlight,
    // A capture or an opened sidebar may come before the first look (the script arrives after load and
    // looks when idle): both look now, so they never carry no case, or the previous page's.
    sendCapture: (anchor: QuoteAnchor) => {
      detectedCase = detectCase(document, location.href, customAdapters);
      return sendFromPage('page/selection-captured', { ...snapshot(), anchor });
    },
    reportNow: () => {
      cancelIdleCallback(idle);
      return report();
    },
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('popstate', reportSoon);
      window.removeEventListener('load', firstReport);
      cancelIdleCallback(idle);
      clearHighlights.forEach((clear) => clear());
    },
  };
}
