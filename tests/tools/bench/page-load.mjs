// Host page load with the extension (granted) against plain Chromium with the same flags, alternating,
// over several rounds of freshly launched browsers.
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath, grantSite, launchWithExtension, QUIET_FLAGS } from '../../e2e/support/browser.mjs';
import { median } from './stats.mjs';

/**
 * @typedef {{ context: import('@playwright/test').BrowserContext; close(): Promise<void>;
 *   check?: (page: import('@playwright/test').Page) => Promise<unknown> }} LoadSide
 */

/** Plain Chromium: the flags launchWithExtension uses, without the extension. */
export async function launchPlain() {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'cc-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', ...QUIET_FLAGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The built extension, optionally granted the demo site. `check` proves on the measured page that the
 * case-page script really ran there (given by the caller, which knows how to ask).
 * @returns {Promise<LoadSide & { extension: import('../../e2e/support/browser.mjs').ExtensionBrowser }>}
 */
export async function launchExtensionSide(extensionDir, { granted, check } = { granted: true }) {
  const extension = await launchWithExtension({ extensionDir });
  if (granted) await grantSite(extension);
  return {
    extension,
    context: extension.context,
    close: () => extension.close(),
    check: check && ((page) => check(extension, page)),
  };
}

/**
 * A copy of the built extension whose case-page script is empty (`void 0;`), injected exactly as the
 * real one. It measures what Chromium charges for *any* extension script in the page: after a frame has
 * run one, each later document in that frame re-creates the extension's isolated world while it commits
 * (docs/adr/0003, "what remains"). Removed by the returned function.
 */
export function emptyScriptCopy(extensionDir) {
  const copy = mkdtempSync(path.join(tmpdir(), 'cc-bench-empty-script-'));
  cpSync(extensionDir, copy, { recursive: true });
  writeFileSync(path.join(copy, 'case-page.js'), 'void 0;\n');
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/**
 * One navigation; returns the load event's end in ms from navigation start. Afterwards it waits
 * `settleMs`, as a practitioner's next click would: the extension injects its script and reads the page
 * just after `load` (docs/adr/0003), and a navigation a few milliseconds later would count that work as
 * part of the next page's load (measured: 1.065× back to back, 1.029× with 800 ms between loads, 400
 * and 150 pairs). Both sides wait the same.
 */
async function loadOnce(page, url, settleMs) {
  await page.goto(url, { waitUntil: 'load' });
  const loadEventEnd = await page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation');
    return entry.loadEventEnd;
  });
  if (settleMs) await new Promise((resolve) => setTimeout(resolve, settleMs));
  return loadEventEnd;
}

/** One round in two already launched browsers: warm-ups, then `runs` alternating pairs in one tab each. */
async function oneRound(withSide, withoutSide, url, runs, settleMs) {
  const withPage = await withSide.context.newPage();
  const withoutPage = await withoutSide.context.newPage();
  for (let i = 0; i < 3; i += 1) {
    await loadOnce(withPage, url, settleMs);
    await loadOnce(withoutPage, url, settleMs);
  }
  const withTimes = [];
  const withoutTimes = [];
  for (let i = 0; i < runs; i += 1) {
    // Swap who goes first each pair so neither side always follows the other.
    if (i % 2 === 0) {
      withTimes.push(await loadOnce(withPage, url, settleMs));
      withoutTimes.push(await loadOnce(withoutPage, url, settleMs));
    } else {
      withoutTimes.push(await loadOnce(withoutPage, url, settleMs));
      withTimes.push(await loadOnce(withPage, url, settleMs));
    }
  }
  // Make sure the extension really ran on the page that was measured.
  await withSide.check?.(withPage);
  await withPage.close();
  await withoutPage.close();
  return { withTimes, withoutTimes };
}

/**
 * Alternates loads of `url` (with, without, without, with, …) in `rounds` pairs of freshly launched
 * browsers. Fresh browsers each round because two identical plain browsers launched once differ by up
 * to ±8 % for their whole life on this machine (process placement, caches); over rounds that cancels.
 * The result is the median of the rounds' ratios of medians, with the pooled ratio beside it.
 *
 * @param {() => Promise<LoadSide>} launchWith
 * @param {() => Promise<LoadSide>} launchWithout
 */
export async function benchPageLoad(
  launchWith,
  launchWithout,
  url,
  { rounds = 4, runs = 30, settleMs = 600 } = {},
) {
  const roundRatios = [];
  const allWith = [];
  const allWithout = [];
  for (let round = 0; round < rounds; round += 1) {
    // Which browser is launched first swaps every round too, so launch order cannot favour either side
    // (it did not explain the control's ~1.03×: that stayed with the order swapped).
    const launchedFirst = round % 2 === 0 ? await launchWith() : await launchWithout();
    const launchedSecond = round % 2 === 0 ? await launchWithout() : await launchWith();
    const [withSide, withoutSide] =
      round % 2 === 0 ? [launchedFirst, launchedSecond] : [launchedSecond, launchedFirst];
    try {
      const { withTimes, withoutTimes } = await oneRound(withSide, withoutSide, url, runs, settleMs);
      roundRatios.push(median(withTimes) / median(withoutTimes));
      allWith.push(...withTimes);
      allWithout.push(...withoutTimes);
    } finally {
      await withSide.close();
      await withoutSide.close();
    }
  }
  return {
    ratio: median(roundRatios),
    roundRatios,
    pooledRatio: median(allWith) / median(allWithout),
    withMedian: median(allWith),
    withoutMedian: median(allWithout),
    rounds,
    runs,
    settleMs,
  };
}
