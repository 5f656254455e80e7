// Launching Chromium with the built extension, shared by the end-to-end tests and `npm run demo`.
// Plain JavaScript (type-checked through JSDoc) so the demo script runs on Node without a build step.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// EXTENSION_DIR lets a run use a copy of the build (e.g. while another build is being written).
export const EXTENSION_DIR = path.resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');

/** The real Chromium binary (Debian's /usr/bin/chromium is a wrapper that adds an empty --load-extension). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/google-chrome'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Chromium found: install Debian’s chromium package or set CHROMIUM_PATH.');
  return found;
}

/** Flags that keep Chromium from calling out of the machine (there is no network here, and none is wanted). */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-domain-reliability',
  '--disable-features=OptimizationHints,MediaRouter,Translate',
  '--metrics-recording-only',
];

/**
 * @typedef {object} ExtensionBrowser
 * @property {import('@playwright/test').BrowserContext} context
 * @property {string} extensionId
 * @property {string} userDataDir
 * @property {() => Promise<import('@playwright/test').Worker>} worker
 * @property {(options?: { keepProfile?: boolean }) => Promise<void>} close
 */

/**
 * @param {{ userDataDir?: string; extensionDir?: string; args?: string[]; headless?: boolean; executablePath?: string }} [options]
 * @returns {Promise<ExtensionBrowser>}
 */
export async function launchWithExtension(options = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'cc-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath ?? chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      ...QUIET_FLAGS,
      ...(options.args ?? []),
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    async worker() {
      const current = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      return current ?? context.waitForEvent('serviceworker');
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * @param {() => Promise<boolean>} check
 * @param {number} [timeoutMs]
 */
export async function expectEventually(check, timeoutMs = 10_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms`);
}

/**
 * Grants a case-management origin the way a person does under the extension's "Site access"
 * (see shared/TESTING.md: a headless permission dialog cannot be answered).
 * @param {ExtensionBrowser} browser
 * @param {string} [originPattern]
 */
export async function grantSite(browser, originPattern = 'http://127.0.0.1/*') {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, pattern]) =>
      new Promise((resolve, reject) => {
        // @ts-expect-error chrome.developerPrivate exists only on chrome://extensions
        chrome.developerPrivate.addHostPermission(id, pattern, () => resolve(undefined));
        setTimeout(() => reject(new Error('addHostPermission timed out')), 5000);
      }),
    [browser.extensionId, originPattern],
  );
  // Now the product's own grant flow: "Allow this site" in the options page, inside a click.
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByLabel('Site address').fill(originPattern.replace('/*', '/'));
  await page.getByRole('button', { name: 'Allow this site' }).click();
  await page.getByRole('status').filter({ hasText: 'Allowed on' }).waitFor();
  await page.close();
  // From now on the background injects the case-page script into this origin's pages after they load.
  const worker = await browser.worker();
  await expectEventually(() =>
    worker.evaluate((origins) => chrome.permissions.contains({ origins }), [originPattern]),
  );
}

/**
 * The options page in a new tab, once its first section is drawn (its settings have arrived).
 * @param {ExtensionBrowser} browser
 * @returns {Promise<import('@playwright/test').Page>}
 */
export async function openOptionsPage(browser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByLabel('Your name').waitFor();
  return page;
}

/**
 * The sidebar frame (an extension page inside the closed shadow root), reached the way only a test can.
 * @param {import('@playwright/test').Page} page
 */
export async function sidebarFrame(page) {
  const isSidebar = (/** @type {import('@playwright/test').Frame} */ frame) =>
    frame.url().startsWith('chrome-extension://') && frame.url().includes('/sidebar.html');
  // A page that removes our host makes us put it back, which reloads the frame: retry until it holds.
  for (let attempt = 0; attempt < 3; attempt++) {
    await expectEventually(async () => page.frames().some(isSidebar));
    const frame = page.frames().find(isSidebar);
    try {
      await frame?.waitForLoadState('domcontentloaded');
      await frame?.locator('main').waitFor({ timeout: 5000 });
      if (frame && !frame.isDetached()) return frame;
    } catch {
      // detached while loading: look again
    }
  }
  throw new Error('No sidebar frame');
}

/**
 * Opens the sidebar as the toolbar popup's "Open the sidebar on this page" button does: the background
 * sends the page's tab the open-sidebar command (a popup cannot be clicked in a headless test).
 * @param {ExtensionBrowser} extension
 * @param {import('@playwright/test').Page} page
 */
export async function openSidebarFromToolbar(extension, page) {
  const worker = await extension.worker();
  // The script arrives just after the page's load event; until then the tab has no receiver.
  await expectEventually(() =>
    worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`No tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, { type: 'open-sidebar', payload: {} }, { frameId: 0 }).then(
        () => true,
        () => false,
      );
    }, page.url()),
  );
  return sidebarFrame(page);
}
