import type { PageSnapshot } from '@/lib/messaging/page-schemas';
import type { FoundInFrame, TabPage } from './tab-pages';

/**
 * How a tab's record changes when one of its frames reports. Pure, so the order in which a page's
 * frames report (the top frame and a same-origin form in an iframe, each on its own schedule) can be
 * tested without a browser.
 *
 * Quotes found are kept per frame with the tab's address at the time (`tabUrl`, the top frame's, from
 * the browser): what frames found on an earlier page or route no longer counts, whichever frame of the
 * new page reports first. A frame whose highlights did not change does not say so again, so a report
 * on the same page (late content, a title change) must not forget what it found.
 */

/** The challenge ids found on the page at `tabUrl`, by any frame; null until a frame there has looked. */
export function foundOnPage(foundByFrame: TabPage['foundByFrame'], tabUrl: string): string[] | null {
  const lists = Object.values(foundByFrame ?? {}).filter((entry) => entry.tabUrl === tabUrl);
  return lists.length > 0 ? [...new Set(lists.flatMap((entry) => entry.challengeIds))] : null;
}

/** A frame reported the page: the top frame's view wins; a child frame's counts only with a case. */
export function pageReported(
  current: TabPage,
  frameId: number,
  page: PageSnapshot,
  tabUrl: string,
): Partial<TabPage> | null {
  if (frameId !== 0 && !page.detectedCase) return null;
  return { page, highlightsFound: foundOnPage(current.foundByFrame, tabUrl) };
}

/** A frame says which challenges' quotes it highlighted: its list replaces its own earlier one. */
export function quotesFound(
  current: TabPage,
  frameId: number,
  challengeIds: string[],
  tabUrl: string,
): Partial<TabPage> {
  const foundByFrame: Record<string, FoundInFrame> = { [String(frameId)]: { tabUrl, challengeIds } };
  // Lists from other addresses belong to pages no longer shown: dropped, so the record stays small.
  for (const [frame, entry] of Object.entries(current.foundByFrame ?? {})) {
    if (entry.tabUrl === tabUrl && !(frame in foundByFrame)) foundByFrame[frame] = entry;
  }
  return { foundByFrame, highlightsFound: foundOnPage(foundByFrame, tabUrl) };
}
