// Host page load with the extension (granted) against plain Chromium with the same flags, alternating.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath, QUIET_FLAGS } from '../../e2e/support/browser.mjs';
import { median } from './stats.mjs';

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

/** One navigation; returns the load event's end in ms from navigation start. */
async function loadOnce(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation');
    return entry.loadEventEnd;
  });
}

/**
 * Alternates loads (with, without, with, …) after warm-ups; the ratio of the medians is the result,
 * with the median of the per-pair ratios beside it as a check.
 */
export async function benchPageLoad(
  extensionContext,
  plainContext,
  url,
  runs = 30,
  checkWith = async () => {},
) {
  const withPage = await extensionContext.newPage();
  const withoutPage = await plainContext.newPage();
  for (let i = 0; i < 3; i += 1) {
    await loadOnce(withPage, url);
    await loadOnce(withoutPage, url);
  }
  const withTimes = [];
  const withoutTimes = [];
  for (let i = 0; i < runs; i += 1) {
    // Swap who goes first each pair so neither side always follows the other.
    if (i % 2 === 0) {
      withTimes.push(await loadOnce(withPage, url));
      withoutTimes.push(await loadOnce(withoutPage, url));
    } else {
      withoutTimes.push(await loadOnce(withoutPage, url));
      withTimes.push(await loadOnce(withPage, url));
    }
  }
  // Make sure the extension really ran on the page that was measured.
  await checkWith(withPage);
  await withPage.close();
  await withoutPage.close();
  const pairRatios = withTimes.map((value, i) => value / withoutTimes[i]);
  return {
    withMedian: median(withTimes),
    withoutMedian: median(withoutTimes),
    ratio: median(withTimes) / median(withoutTimes),
    pairRatioMedian: median(pairRatios),
    runs,
  };
}
