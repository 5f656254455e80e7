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

/**
 * Alternates loads (with, without, with, …) after warm-ups; the ratio of the medians is the result,
 * with the median of the per-pair ratios beside it as a check.
 */
export async function benchPageLoad(
  extensionContext,
  plainContext,
  url,
  { runs = 30, settleMs = 600, checkWith = async () => {} } = {},
) {
  const withPage = await extensionContext.newPage();
  const withoutPage = await plainContext.newPage();
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
    settleMs,
  };
}
