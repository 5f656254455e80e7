import { test as base, type Locator, type Page } from '@playwright/test';
import {
  grantSite,
  launchWithExtension,
  openSidebarFromToolbar,
  sidebarFrame,
  type ExtensionBrowser,
} from './browser.mjs';
import { startDemo, type DemoSite } from './demo-site';

export interface Fixtures {
  extension: ExtensionBrowser;
  demo: DemoSite;
  /** Opens a demo page in the extension's browser, with the demo origin granted. */
  openCasePage(pathname: string): Promise<Page>;
}

interface WorkerFixtures {
  demo: DemoSite;
  /** The browser of the test file now running; a new file gets a fresh profile (no state leaks between files). */
  browserPerFile: { current: { file: string; extension: ExtensionBrowser } | null };
}

/**
 * One browser with the extension per test file (about 2 s to launch here), the demo site started
 * in-process on a free loopback port, and the demo origin granted through the product's grant flow.
 * Playwright's worker fixtures outlive a file, so the browser is swapped when the file changes.
 */
export const test = base.extend<Omit<Fixtures, 'demo'>, WorkerFixtures>({
  demo: [
    async ({}, use) => {
      const demo = await startDemo();
      await use(demo);
      await demo.close();
    },
    { scope: 'worker' },
  ],
  browserPerFile: [
    async ({}, use) => {
      const holder: WorkerFixtures['browserPerFile'] = { current: null };
      await use(holder);
      await holder.current?.extension.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({ browserPerFile }, use, testInfo) => {
    if (browserPerFile.current?.file !== testInfo.file) {
      await browserPerFile.current?.extension.close();
      const extension = await launchWithExtension();
      await grantSite(extension);
      browserPerFile.current = { file: testInfo.file, extension };
    }
    await use(browserPerFile.current.extension);
  },
  openCasePage: async ({ extension, demo }, use) => {
    const pages: Page[] = [];
    await use(async (pathname) => {
      const page = await extension.context.newPage();
      pages.push(page);
      await page.goto(new URL(pathname, demo.url).href);
      return page;
    });
    for (const page of pages) await page.close();
  },
});

export { expect } from '@playwright/test';
export { openSidebarFromToolbar, sidebarFrame };

/**
 * Clicks a control that removes its own frame (Close, Hide) with a real mouse click at its place on the
 * page: a frame-bound click can hang waiting on a frame that the click itself detached.
 */
export async function clickClosingControl(page: Page, control: Locator): Promise<void> {
  const box = await control.boundingBox();
  if (!box) throw new Error('The control is not on screen');
  const frame = control
    .page()
    .frames()
    .find((f) => f.url().includes('/sidebar.html'));
  // Even a page-level click can wait forever for the input acknowledgement of the frame it destroyed
  // (seen about once in 30 runs): done when the sidebar frame has gone, whichever comes first.
  const click = page.mouse.click(box.x + box.width / 2, box.y + box.height / 2).catch(() => undefined);
  const gone = (async () => {
    const until = Date.now() + 30_000;
    while (frame && !frame.isDetached() && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await Promise.race([click, frame ? gone : click]);
}
