import { browser } from 'wxt/browser';
import type { PageSnapshot, SelectionCapture } from '@/lib/messaging/page-schemas';

/**
 * What each tab's case page last reported, kept in session storage so that a service-worker restart
 * does not forget it, and so that it is gone when the browser closes (it holds page text).
 */
interface TabPage {
  page: PageSnapshot | null;
  capture: SelectionCapture | null;
  /** Challenge ids whose quote the content script found again; null until it has looked. */
  highlightsFound: string[] | null;
}

const key = (tabId: number) => `tab-page:${tabId}`;

export async function readTabPage(tabId: number): Promise<TabPage> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabPage | undefined) ?? { page: null, capture: null, highlightsFound: null };
}

export async function writeTabPage(tabId: number, update: Partial<TabPage>): Promise<void> {
  const current = await readTabPage(tabId);
  await browser.storage.session.set({ [key(tabId)]: { ...current, ...update } });
}

export async function forgetTabPage(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
