import { browser, type Browser } from 'wxt/browser';
import type { TabCommand } from '@/lib/messaging/catalogue';
import { injectCaseScript, isGrantedUrl } from './case-sites';

/** The context-menu item id other parts (and tests) rely on. */
export const CHALLENGE_MENU_ID = 'challenge-selection';
/** The commands-API shortcut name declared in the manifest. */
export const CHALLENGE_COMMAND = 'challenge-selection';

export async function sendTabCommand(tabId: number, command: TabCommand, frameId?: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, command, frameId === undefined ? undefined : { frameId });
    return true;
  } catch {
    // No content script in that tab: the site is not granted, or the page has not loaded it yet.
    return false;
  }
}

/**
 * For commands that open the sidebar or capture a quote: a granted page that has not finished loading
 * has no script yet (it is injected after the load event), so inject it now and send once more.
 */
export async function commandCasePage(
  tabId: number,
  command: TabCommand,
  frameId?: number,
): Promise<boolean> {
  if (await sendTabCommand(tabId, command, frameId)) return true;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!(await isGrantedUrl(tab?.url)) || !(await injectCaseScript(tabId))) return false;
  return sendTabCommand(tabId, command, frameId);
}

/** Context menu and keyboard shortcut: both capture the selection in the tab and open the sidebar. */
export function registerPageCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({
        id: CHALLENGE_MENU_ID,
        title: 'Challenge this decision',
        contexts: ['selection'],
      });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHALLENGE_MENU_ID || tab?.id === undefined) return;
    void commandCasePage(tab.id, { type: 'capture-selection', payload: {} }, info.frameId);
  });

  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== CHALLENGE_COMMAND || tab?.id === undefined) return;
    void commandCasePage(tab.id, { type: 'capture-selection', payload: {} });
  });
}
