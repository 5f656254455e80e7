import type { MessageHandlers } from '@/lib/messaging/router';
import { fail, ok } from '@/lib/messaging/result';
import { sendTabCommand } from './page-commands';
import { readTabPage, writeTabPage } from './tab-pages';

/** Message handlers: validate-then-delegate. Payloads arrive already parsed by the router. */
export function createHandlers(): MessageHandlers {
  return {
    'page/case-detected': async (page, { tabId, frameId }) => {
      if (tabId === undefined) return fail('forbidden', 'Only a case page can report a case.');
      // Same-origin frames of the case page report too; the top frame's view of the page wins.
      if (frameId === 0 || page.detectedCase) await writeTabPage(tabId, { page });
      return ok({ highlights: [] });
    },
    'page/selection-captured': async (capture, { tabId }) => {
      if (tabId === undefined) return fail('forbidden', 'Only a case page can capture a quote.');
      await writeTabPage(tabId, { capture });
      await sendTabCommand(tabId, { type: 'open-sidebar', payload: {} }, 0);
      return ok({});
    },
    'sidebar/get-context': async (_payload, { tabId }) => {
      if (tabId === undefined) return ok({ page: null, capture: null });
      return ok(await readTabPage(tabId));
    },
  };
}
