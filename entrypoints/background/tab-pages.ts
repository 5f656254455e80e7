import { browser } from 'wxt/browser';
import type { PageSnapshot, SelectionCapture } from '@/lib/messaging/page-schemas';

/**
 * What each tab's case page last reported, kept in session storage so that a service-worker restart
 * does not forget it, and so that it is gone when the browser closes (it holds page text).
 */
export interface TabPage {
  page: PageSnapshot | null;
  capture: SelectionCapture | null;
  /** Challenge ids whose quote the content script found again, in any frame; null until it has looked. */
  highlightsFound: string[] | null;
  /** Each frame's own list (by frame id), so one frame's report does not wipe another's. */
  foundByFrame?: Record<string, FoundInFrame>;
}

/** What one frame found, and the tab's address then (a later page's frames may reuse its frame id). */
export interface FoundInFrame {
  tabUrl: string;
  challengeIds: string[];
}

const key = (tabId: number) => `tab-page:${tabId}`;

export async function readTabPage(tabId: number): Promise<TabPage> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabPage | undefined) ?? { page: null, capture: null, highlightsFound: null };
}

/** Per tab, the write in progress: each read-modify-write waits for the one before it. */
const pendingWrites = new Map<number, Promise<void>>();

/**
 * Changes part of a tab's record. Writes for one tab run one after another: a case report and a
 * captured quote arriving together (the script reports as the practitioner captures) must not each
 * read the old record and drop the other's change.
 */
export function writeTabPage(
  tabId: number,
  update: Partial<TabPage> | ((current: TabPage) => Partial<TabPage>),
): Promise<void> {
  const write = (pendingWrites.get(tabId) ?? Promise.resolve()).then(async () => {
    const current = await readTabPage(tabId);
    const change = typeof update === 'function' ? update(current) : update;
    await browser.storage.session.set({ [key(tabId)]: { ...current, ...change } });
  });
  const settled = write.catch(() => undefined);
  pendingWrites.set(tabId, settled);
  void settled.then(() => {
    if (pendingWrites.get(tabId) === settled) pendingWrites.delete(tabId);
  });
  return write;
}

/** Drops the tab's captured quote once a challenge was opened on it (tabs without one get no record). */
export async function forgetUsedCapture(tabId: number, quote: string): Promise<void> {
  const { capture } = await readTabPage(tabId);
  if (capture?.anchor.quote !== quote) return;
  await writeTabPage(tabId, (current) => (current.capture?.anchor.quote === quote ? { capture: null } : {}));
}

export async function forgetTabPage(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
