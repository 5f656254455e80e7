import { browser } from '@wxt-dev/browser';
import { selectionQuote } from '@/lib/capture/selection';
import type { TabCommand } from '@/lib/messaging/catalogue';
import { sendFromPage } from '@/lib/messaging/send';
import { createCaseWatch } from './case-watch';
import { createChallengeButton } from './challenge-button';
import { watchChildFrames } from './frame-watch';
import { createSidebarFrame } from './sidebar-frame';

/** Marks this frame's isolated world so a second injection (e.g. after a grant) does nothing. */
const LOADED = Symbol.for('challenge-companion.case-page');

/**
 * The script injected into granted case pages: tiny, no Preact, no zod (docs/adr/0001). It reads the
 * page (case, selection), draws highlights and the sidebar frame, and sends only what it captured.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<symbol, boolean>;
  if (world[LOADED]) return;
  world[LOADED] = true;

  let stillCurrent = () => true;
  const isTopFrame = window === window.top;
  const sidebar = isTopFrame ? createSidebarFrame() : undefined;
  const watch = createCaseWatch();
  const stopWatchingFrames = watchChildFrames(() => void sendFromPage('page/frame-loaded', {}));

  const captureSelection = () => {
    const selection = window.getSelection();
    const captured = selection && selectionQuote(selection, document.body);
    if (!captured) return;
    void watch.sendCapture(captured.anchor);
    selection.removeAllRanges();
  };
  const button = createChallengeButton(captureSelection);

  const onSelectionChange = () => {
    const selection = window.getSelection();
    if (selection && button.isShownFor(selection.anchorNode)) return;
    const captured = selection && selectionQuote(selection, document.body);
    if (!captured || !selection?.focusNode) return button.hide();
    button.show(captured.rect, selection.getRangeAt(selection.rangeCount - 1).endContainer);
  };
  // At most one quote computation per frame while a selection is dragged; a finished selection shows
  // the button by the next frame (a fixed debounce made every selection wait, see docs/PERFORMANCE.md).
  let selectionFrame = 0;
  const onSelection = () => {
    if (selectionFrame || !stillCurrent()) return;
    if (!port) connect();
    selectionFrame = requestAnimationFrame(() => {
      selectionFrame = 0;
      onSelectionChange();
    });
  };
  document.addEventListener('selectionchange', onSelection);

  const onCommand = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only our own background may command this script (it sends without a tab); pages cannot reach it.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const command = message as TabCommand;
    if (command?.type === 'open-sidebar') void watch.reportNow().finally(() => sidebar?.open());
    else if (command?.type === 'close-sidebar') sidebar?.close();
    else if (command?.type === 'set-sidebar-collapsed') sidebar?.setCollapsed(command.payload.collapsed);
    else if (command?.type === 'capture-selection') captureSelection();
    else if (command?.type === 'show-highlights') watch.highlight(command.payload.highlights);
  };
  browser.runtime.onMessage.addListener(onCommand);

  // After an extension update or removal this copy is orphaned: detach quietly, leaving the page as it was.
  // An open port tells us at once; when the worker's idle stop has closed the port, the next selection
  // notices instead (an orphaned script has no runtime id) and reconnects only if we are still current.
  const detach = () => {
    document.removeEventListener('selectionchange', onSelection);
    cancelAnimationFrame(selectionFrame);
    button.hide();
    sidebar?.close();
    watch.stop();
    stopWatchingFrames();
    world[LOADED] = false;
  };
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const connect = () => {
    try {
      port = browser.runtime.connect({ name: 'case-page' });
      port.onDisconnect.addListener(() => {
        port = undefined;
        // The runtime id is cleared a moment after the port closes on an update: look again shortly.
        setTimeout(() => void stillCurrent(), 200);
      });
    } catch {
      detach();
    }
  };
  stillCurrent = () => {
    if (!browser.runtime?.id) {
      detach();
      return false;
    }
    return true;
  };
  connect();
});
