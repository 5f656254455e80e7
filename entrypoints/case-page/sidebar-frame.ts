import { browser } from '@wxt-dev/browser';
import { createHost, important, showOnTop } from './on-top';
import { clampWidth, createResizeControls, GUTTER, MIN_WIDTH, RESIZE_CSS } from './sidebar-resize';

const DEFAULT_WIDTH = 420;
const COLLAPSED_WIDTH = 56;
const WIDTH_KEY = 'sidebar:width';

/**
 * Host rules live inside the closed shadow root: `:host` declarations marked !important beat anything the
 * page's stylesheets or inline styles say (for important declarations the inner context wins).
 */
const hostCss = (width: number, collapsed: boolean) =>
  important(
    ':host{all:initial;position:fixed;inset:0 0 0 auto;' +
      `width:${width}px;height:100vh;display:block;visibility:visible;opacity:1;z-index:2147483647;` +
      'transform:none;filter:none;clip-path:none;margin:0;padding:0;border:0;pointer-events:auto;}' +
      'iframe{all:initial;display:block;width:100%;height:100%;border:0;border-inline-start:1px solid #b1b4b6;' +
      'background:#fff;box-shadow:-2px 0 8px rgba(0,0,0,.15);color-scheme:light;}' +
      RESIZE_CSS +
      // Last, so that it wins over the controls' own display.
      (collapsed ? '.grip,.steps{display:none;}' : ''),
  );

export interface SidebarFrame {
  open(): void;
  close(): void;
  /** A narrow strip that gives the page its width back; the sidebar page shows only "Expand". */
  setCollapsed(collapsed: boolean): void;
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
    const { element, shadow, style } = createHost();
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
    shadow.append(...resize.elements, frame);
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
    showOnTop(element);
  };

  return {
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
