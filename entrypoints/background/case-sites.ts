import { browser } from 'wxt/browser';

/**
 * Case-management sites are granted at run time (optional host permissions), never at install, and the
 * case-page script runs only on them.
 *
 * It is injected by the background once the page has finished loading (`tabs.onUpdated` "complete"), not
 * registered as a content script. Measured on the demo case record (docs/PERFORMANCE.md, docs/adr/0003):
 * a registered script at `document_idle` — even an empty one — has Chromium build the extension's
 * isolated world while the page is still loading, and cost the page 10–20 % of its load time; with
 * host access granted and nothing registered, the page loads as fast as without the extension.
 */
const CASE_PAGE_SCRIPT_FILE = '/case-page.js';
/** The content-script id earlier builds registered; removed at start so there is one injection path. */
const LEGACY_SCRIPT_ID = 'case-page';

export async function isGrantedOrigin(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

export async function isGrantedUrl(url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:\/\//.test(url)) return false;
  try {
    return await isGrantedOrigin(new URL(url).origin);
  } catch {
    return false;
  }
}

/**
 * Runs the case-page script in every frame of the tab that the extension may access. Frames that
 * already run it are untouched (the script guards its isolated world against a second copy).
 */
export async function injectCaseScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [CASE_PAGE_SCRIPT_FILE],
      // By default Chromium holds an injection until the document is idle, which on a page still
      // loading (a command before the load event) can be long; after "complete" it makes no difference.
      injectImmediately: true,
    });
    return true;
  } catch {
    // The tab closed, navigated to a page we may not access, or is an error page.
    return false;
  }
}

/**
 * Injects into granted pages after they load. The event fires again when a frame added later (a form
 * in an iframe) finishes loading, so late same-origin frames get the script too.
 */
export function injectWhenCasePagesLoad(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // Without the "tabs" permission a tab's URL is visible only on granted sites: other tabs stop here.
    if (changeInfo.status !== 'complete' || !tab.url) return;
    void isGrantedUrl(tab.url).then((granted) => (granted ? injectCaseScript(tabId) : false));
  });
}

/** Tabs that were already open on a newly granted origin get the script now, without a reload. */
export async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectCaseScript(tab.id))));
}

/** Earlier builds registered the script for granted origins; a leftover registration would inject twice. */
export async function removeLegacyRegistration(): Promise<void> {
  try {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [LEGACY_SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [LEGACY_SCRIPT_ID] });
  } catch {
    // Nothing registered (Firefox throws for unknown ids): nothing to remove.
  }
}
