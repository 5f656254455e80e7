import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

export const SIDEBAR_WIDTH_PX = 420;

/**
 * Host rules live inside the closed shadow root: `:host` declarations marked !important beat anything the
 * page's own stylesheets or inline styles say (the inner context wins for important declarations).
 */
const SIDEBAR_CSS = `
:host {
  all: initial !important;
  position: fixed !important; top: 0 !important; right: 0 !important; bottom: 0 !important;
  left: auto !important; width: ${SIDEBAR_WIDTH_PX}px !important; height: 100vh !important;
  display: block !important; visibility: visible !important; opacity: 1 !important;
  z-index: 2147483647 !important; transform: none !important; filter: none !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; inset-inline-start: auto !important;
  background: transparent !important; overflow: visible !important; pointer-events: auto !important;
}
iframe {
  all: initial !important; display: block !important; width: 100% !important; height: 100% !important;
  border: 0 !important; border-inline-start: 1px solid #b1b4b6 !important; background: #fff !important;
  box-shadow: -2px 0 8px rgba(0,0,0,0.15) !important; color-scheme: light !important;
}`;

export interface SidebarFrame {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

/**
 * The sidebar is the extension's own page in an iframe, inside a closed shadow root: the page sees one
 * opaque host element; it cannot reach the shadow root, the frame's document, or the challenge data.
 */
export async function createSidebarFrame(ctx: ContentScriptContext): Promise<SidebarFrame> {
  let ui: ShadowRootContentScriptUi<HTMLIFrameElement> | undefined;
  let watcher: MutationObserver | undefined;
  let savedMargin = '';

  const build = () =>
    createShadowRootUi(ctx, {
      name: 'challenge-companion-sidebar',
      mode: 'closed',
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: SIDEBAR_CSS,
      onMount(container) {
        const frame = document.createElement('iframe');
        frame.src = browser.runtime.getURL('/sidebar.html');
        frame.title = 'Professional challenge';
        container.append(frame);
        return frame;
      },
    });

  const reattachWhenRemoved = () => {
    // A hostile or careless page may remove our host element; put it back rather than lose the sidebar.
    watcher = new MutationObserver(() => {
      if (ui && !ui.shadowHost.isConnected) document.documentElement.append(ui.shadowHost);
    });
    watcher.observe(document.documentElement, { childList: true });
  };

  const sidebar: SidebarFrame = {
    get isOpen() {
      return ui !== undefined;
    },
    open() {
      if (ui) return;
      void build().then((created) => {
        if (ui || ctx.isInvalid) return;
        ui = created;
        ui.shadowHost.setAttribute('data-challenge-companion', '');
        ui.mount();
        // Push the page aside rather than cover it, so none of the case record is hidden.
        savedMargin = document.documentElement.style.marginRight;
        document.documentElement.style.marginRight = `${SIDEBAR_WIDTH_PX}px`;
        reattachWhenRemoved();
      });
    },
    close() {
      watcher?.disconnect();
      ui?.remove();
      ui = undefined;
      document.documentElement.style.marginRight = savedMargin;
    },
  };
  ctx.onInvalidated(() => sidebar.close());
  return sidebar;
}
