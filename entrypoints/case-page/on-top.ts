/**
 * What keeps the extension's hosts (the "Challenge this" button, the sidebar) above a page that may try
 * to hide or cover them. Shared by both hosts, so the injected script carries it once.
 */

import { HOST_ATTRIBUTE } from '@/lib/capture/text-index';

/**
 * Marks every declaration `!important`: `:host` rules win over the page's stylesheets and inline styles
 * only as important declarations (for those the inner context wins). Written once here rather than after
 * each declaration, because the script has a 10 KB gzipped budget. Every declaration must end in `;`.
 */
export const important = (declarations: string) => declarations.replace(/;/g, ' !important;');

/** The top layer is above every z-index and out of any transformed ancestor the page may have. */
export function showOnTop(element: HTMLElement) {
  try {
    if (!element.matches(':popover-open')) element.showPopover();
  } catch {
    // No Popover API: the fixed position and z-index still apply.
  }
}

/**
 * A host element for the extension's UI: a plain div (a page could define a custom element of any name
 * we chose), marked as ours so page reading skips it, shown as a manual popover, with the UI and its
 * style sheet in a closed shadow root that the page cannot reach.
 */
export function createHost() {
  const element = document.createElement('div');
  element.setAttribute(HOST_ATTRIBUTE, '');
  element.setAttribute('popover', 'manual');
  const shadow = element.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  shadow.append(style);
  return { element, shadow, style };
}
