import { browser } from '@wxt-dev/browser';
import { HOST_ATTRIBUTE } from '@/lib/capture/text-index';
import { clampWidth, createResizeControls, GUTTER, MIN_WIDTH, RESIZE_CSS } from './sidebar-resize';

const DEFAULT_WIDTH = 420;
const COLLAPSED_WIDTH = 56;
const WIDTH_KEY = 'sidebar:width';

/**
 * Host rules live inside the closed shadow root: `:host` declarations marked !important beat anything the
 * page's stylesheets or inline styles say (for important declarations the inner context wins).
 */
const hostCss = (width: number, collapsed: boolean) => `
:host { all: initial !important; position: fixed !important; inset: 0 0 0 auto !important;
  width: ${width}px !important; height: 100vh !important; display: block !important;
  visibility: visible !important; opacity: 1 !important; z-index: 2147483647 !important;
  transform: none !important; filter: none !important; clip-path: none !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; pointer-events: auto !important; }
iframe { all: initial !important; display: block !important; width: 100% !important; height: 100% !important;
  border: 0 !important; border-inline-start: 1px solid #b1b4b6 !important; background: #fff !important;
  box-shadow: -2px 0 8px rgba(0,0,0,.15) !important; color-scheme: light !important; }
${RESIZE_CSS}
${collapsed ? '.grip, .steps { display: none !important; }' : ''}`;

export interface SidebarFrame {
  open(): void;
  close(): void;
  /** A narrow strip that gives the page its width back; the sidebar page shows only "Expand". */
  setCollapsed(collapsed: boolean): void;
  readonly isOpen: boolean;
}

/**
 * The sidebar is the extension's own page in an iframe inside a closed shadow root: the page sees one
 * opaque host element; it cannot reach the shadow root, the frame's document, or the challenge data.
 * The host is a plain div (a page could define a custom element of any name we chose) and is shown in
 * the top layer as a manual popover, above any z-index the page can set.
 */
export function createSidebarFrame(): SidebarFrame {
  let host: HTMLDivElement | undefined;
  let guard: MutationObserver | undefined;
  let savedMargin = '';
  let width = DEFAULT_WIDTH;
  let collapsed = false;
  let hostStyle: HTMLStyleElement | undefined;

  let resize: ReturnType<typeof createResizeControls> | undefined;

  const applyWidth = (style: HTMLStyleElement) => {
    const shown = collapsed ? COLLAPSED_WIDTH : width;
    style.textContent = hostCss(shown, collapsed);
    resize?.show(width);
    // Collapsed, the strip has no resize controls; otherwise they sit in a gutter the page moves aside for.
    document.documentElement.style.marginRight = `${collapsed ? shown : shown + GUTTER}px`;
  };

  const build = () => {
    const element = document.createElement('div');
    element.setAttribute(HOST_ATTRIBUTE, '');
    element.setAttribute('popover', 'manual');
    const shadow = element.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    hostStyle = style;
    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL('/sidebar.html');
    frame.title = 'Professional challenge';
    frame.id = 'sidebar';
    resize = createResizeControls(
      frame,
      () => width,
      (next, remember) => {
        width = next;
        applyWidth(style);
        if (remember) void browser.storage.local.set({ [WIDTH_KEY]: width });
      },
    );
    // The grip comes first: Tab from the page reaches the edge control, then the sidebar it resizes.
    shadow.append(style, ...resize.elements, frame);
    void browser.storage.local.get(WIDTH_KEY).then((stored) => {
      const remembered = Number(stored[WIDTH_KEY]);
      if (Number.isFinite(remembered) && remembered >= MIN_WIDTH) width = clampWidth(remembered);
      if (host === element) applyWidth(style);
    });
    applyWidth(style);
    return element;
  };

  const show = (element: HTMLDivElement) => {
    if (!element.isConnected) document.documentElement.append(element);
    try {
      if (!element.matches(':popover-open')) element.showPopover();
    } catch {
      // Older browsers without the Popover API: the z-index rules still apply.
    }
  };

  return {
    get isOpen() {
      return host !== undefined;
    },
    open() {
      if (host) return;
      savedMargin = document.documentElement.style.marginRight;
      host = build();
      show(host);
      // A hostile or careless page may remove or hide our host; put it back rather than lose the sidebar.
      guard = new MutationObserver(() => host && show(host));
      guard.observe(document.documentElement, { childList: true });
    },
    setCollapsed(next: boolean) {
      collapsed = next;
      if (host && hostStyle) applyWidth(hostStyle);
    },
    close() {
      collapsed = false;
      guard?.disconnect();
      host?.remove();
      host = undefined;
      document.documentElement.style.marginRight = savedMargin;
    },
  };
}
