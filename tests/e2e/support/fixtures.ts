import { test as base, type Page } from '@playwright/test';
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

/**
 * One browser with the extension per test file (about 2 s to launch here), the demo site started
 * in-process on a free loopback port, and the demo origin granted through "Site access".
 */
export const test = base.extend<{ openCasePage: Fixtures['openCasePage'] }, Omit<Fixtures, 'openCasePage'>>({
  demo: [
    async ({}, use) => {
      const demo = await startDemo();
      await use(demo);
      await demo.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const extension = await launchWithExtension();
      await grantSite(extension);
      await use(extension);
      await extension.close();
    },
    { scope: 'worker' },
  ],
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
