import { browser } from 'wxt/browser';
import type { TabCommand } from '@/lib/messaging/catalogue';
import { watchCasePage } from './case-watch';
import { createSidebarFrame } from './sidebar-frame';

/** Marks this frame's isolated world so a second injection (e.g. after a grant) does nothing. */
const LOADED = Symbol.for('challenge-companion.case-page');

export default defineContentScript({
  // Registered at run time for the origins the user granted (see entrypoints/background/case-sites.ts).
  registration: 'runtime',
  matches: [],
  allFrames: true,
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const world = globalThis as unknown as Record<symbol, boolean>;
    if (world[LOADED]) return;
    world[LOADED] = true;
    ctx.onInvalidated(() => (world[LOADED] = false));

    const isTopFrame = window === window.top;
    const sidebar = isTopFrame ? await createSidebarFrame(ctx) : undefined;
    watchCasePage(ctx);

    const onCommand = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      // Only our own background may command this script; pages cannot reach runtime messaging at all.
      if (sender.id !== browser.runtime.id || sender.tab) return;
      const command = message as TabCommand;
      if (command?.type === 'open-sidebar') sidebar?.open();
      if (command?.type === 'close-sidebar') sidebar?.close();
    };
    browser.runtime.onMessage.addListener(onCommand);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
  },
});
