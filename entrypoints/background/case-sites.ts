import { browser } from 'wxt/browser';

/**
 * Case-management sites are granted at run time (optional host permissions), never at install.
 * The case-page content script is registered for exactly the granted origins, so it never runs on a
 * site the practitioner (or IT) did not choose.
 */
const CASE_PAGE_SCRIPT_ID = 'case-page';
// WXT types extension paths with a leading slash; the scripting API wants them relative to the root.
const CASE_PAGE_SCRIPT_FILE = 'case-page.js' as const;

export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((pattern) => /^https?:\/\//.test(pattern));
}

export async function isGrantedOrigin(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

/** Makes the registered content script match the granted origins exactly. Safe to call any time. */
export async function syncCaseScriptRegistration(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CASE_PAGE_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CASE_PAGE_SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: CASE_PAGE_SCRIPT_ID,
      js: [CASE_PAGE_SCRIPT_FILE],
      matches: origins,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Injects the content script into tabs that were already open on a newly granted origin, so the
 * practitioner need not reload. A second injection is harmless: the script guards against it.
 */
export async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({
              target: { tabId: tab.id, allFrames: true },
              files: [`/${CASE_PAGE_SCRIPT_FILE}`],
            })
            .catch(() => undefined),
    ),
  );
}
