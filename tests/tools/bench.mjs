// `npm run bench`: the extension's performance against its budgets. Prints a table and writes
// docs/PERFORMANCE.md. Not part of `npm test` (it takes a few minutes and needs a quiet machine).
//
//   node tests/tools/bench.mjs [--extension-dir <built extension>] [--no-write]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { EXTENSION_DIR, grantSite, launchWithExtension } from '../e2e/support/browser.mjs';
import { startDemoSite } from '../demo-site/server.mjs';
import { benchCalendar } from './bench/calendar.mjs';
import { benchPageLoad, emptyScriptCopy, launchExtensionSide, launchPlain } from './bench/page-load.mjs';
import {
  benchPopup,
  benchSelectionButton,
  benchSidebar,
  installSidebarProbe,
  waitForCaseScript,
} from './bench/interaction.mjs';
import { SEED, benchStore } from './bench/store.mjs';
import { writeReport } from './bench/report.mjs';
import { bytes, median, ms, percentile, spread, textTable, within } from './bench/stats.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
};
const extensionDir = path.resolve(option('--extension-dir') ?? EXTENSION_DIR);
const CASE_PATH = '/casebook/case/CR-204871.html';

/** @type {import('./bench/stats.mjs').Row[]} */
const rows = [];
const notes = [];
const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

// 1. Content script size.
const script = readFileSync(path.join(extensionDir, 'case-page.js'));
const gzipped = gzipSync(script, { level: 9 }).length;
rows.push({
  metric: 'Content script case-page.js, gzipped',
  measured: `${bytes(gzipped)} (${bytes(script.length)} raw)`,
  budget: '≤ 10 KiB',
  verdict: within(gzipped, 10 * 1024),
});

// 2. Working days against date-fns.
log('calendar: addWorkingDays vs date-fns addBusinessDays');
const calendar = await benchCalendar();
rows.push({
  metric: 'addWorkingDays ±250 days / date-fns addBusinessDays',
  measured: `${calendar.ratio.toFixed(2)}× (${calendar.oursPerCallUs.toFixed(2)} µs vs ${calendar.dateFnsPerCallUs.toFixed(2)} µs a call)`,
  budget: '≤ 1.5×',
  verdict: within(calendar.ratio, 1.5),
});
notes.push(
  `addWorkingDays: ${calendar.calls} calls a round, median of ${calendar.rounds} rounds after 2 warm-up rounds; ` +
    `the first call (building the working-day index) took ${ms(calendar.firstCallMs)}.`,
);

const site = await startDemoSite();
const caseUrl = `${site.url}${CASE_PATH}`;
let browserVersion = 'unknown';

/** A page-load row: the ratio of medians, median over rounds of freshly launched browsers. */
function loadRow(metric, result, budget) {
  rows.push({
    metric,
    measured: `${result.ratio.toFixed(3)}× (median ${ms(result.withMedian)} vs ${ms(result.withoutMedian)})`,
    budget: budget ? `≤ ${budget.toFixed(2)}×` : '—',
    verdict: budget ? within(result.ratio, budget) : 'report',
  });
  notes.push(
    `${metric}: rounds ${result.roundRatios.map((r) => r.toFixed(3)).join(', ')} ` +
      `(${result.rounds} × ${result.runs} pairs, ${result.settleMs} ms between loads); pooled ${result.pooledRatio.toFixed(3)}×.`,
  );
}

const plain = () => launchPlain();
const ours = (options) => () => launchExtensionSide(extensionDir, options);
try {
  // 3-. The noise floor: the same comparison between two browsers that both lack the extension. A
  // ratio this far from 1.000 says how much of the rows below this machine can resolve.
  log('page load control: two browsers without the extension');
  loadRow(
    'Case page load, control: a second browser without / without',
    await benchPageLoad(plain, plain, caseUrl),
  );

  // 3a. The extension loaded but the site not granted: it injects nothing, so this is Chromium's own
  // cost of hosting the extension.
  log('page load, extension loaded but site not granted');
  loadRow(
    'Case page load, extension loaded, site NOT granted / without',
    await benchPageLoad(ours({ granted: false }), plain, caseUrl),
  );

  // 3b. Granted, with an empty case-page script injected the same way: what Chromium charges for any
  // extension script in the page (docs/adr/0003, "what remains").
  log('page load, granted, an empty case-page script');
  const empty = emptyScriptCopy(extensionDir);
  try {
    loadRow(
      'Case page load, granted, EMPTY case-page script / without',
      await benchPageLoad(() => launchExtensionSide(empty.dir), plain, caseUrl, { rounds: 4 }),
    );
  } finally {
    empty.remove();
  }

  // 3. Host page load, with and without the extension.
  log('page load, granted, the real case-page script');
  loadRow(
    'Case page load (loadEventEnd), with / without extension',
    await benchPageLoad(ours({ granted: true, check: waitForCaseScript }), plain, caseUrl, { rounds: 4 }),
    1.03,
  );
} catch (error) {
  await site.close();
  throw error;
}

const extension = await launchWithExtension({ extensionDir });
browserVersion = extension.context.browser()?.version() ?? 'unknown';
try {
  await grantSite(extension);

  // 4. Selection to button.
  log('selection to "Challenge this" button: 30 runs');
  const page = await extension.context.newPage();
  await page.goto(caseUrl, { waitUntil: 'load' });
  await waitForCaseScript(extension, page);
  try {
    const selection = await benchSelectionButton(page, 30);
    rows.push({
      metric: 'Selection → "Challenge this" visible',
      measured: spread(selection.visible),
      budget: 'p95 ≤ 50 ms',
      verdict: within(percentile(selection.visible, 95), 50),
    });
    notes.push(
      `Selection: button element inserted at p50 ${ms(percentile(selection.inserted, 50))}; visible = one frame later.`,
    );
  } catch (error) {
    rows.push({
      metric: 'Selection → "Challenge this" visible',
      measured: `failed: ${String(error?.message ?? error).slice(0, 120)}`,
      budget: 'p95 ≤ 50 ms',
      verdict: 'failed',
    });
  }

  // 5. Sidebar open, cold and warm. The probe is a Playwright init script, which runs in every new
  // document of the context: installed only now, so it is not part of the page loads measured above.
  await installSidebarProbe(extension.context);
  log('toolbar click to interactive sidebar: 30 cold + 30 warm');
  try {
    const sidebar = await benchSidebar(extension, page, caseUrl, 30);
    rows.push({
      metric: 'Click → sidebar interactive, cold',
      measured: spread(sidebar.cold),
      budget: 'p95 ≤ 150 ms',
      verdict: within(sidebar.coldP95, 150),
    });
    rows.push({
      metric: 'Click → sidebar interactive, warm',
      measured: spread(sidebar.warm),
      budget: '—',
      verdict: 'report',
    });
    notes.push(
      `Sidebar: the very first open in the browser session (not counted) took ${ms(sidebar.firstEver)}.`,
    );
  } catch (error) {
    rows.push({
      metric: 'Click → sidebar interactive',
      measured: `failed: ${String(error?.message ?? error).slice(0, 120)}`,
      budget: 'p95 ≤ 150 ms',
      verdict: 'failed',
    });
  }
  await page.close();

  // 6. Store at scale.
  log(
    `store: seeding ${SEED.challenges} challenges × ${SEED.eventsPerChallenge} events through data/import-begin/part/commit`,
  );
  const store = await benchStore(extension);
  rows.push({
    metric: `Badge recompute (${SEED.challenges / SEED.openEvery} open of ${SEED.challenges})`,
    measured: spread(store.badge),
    budget: '≤ 25 ms',
    verdict: within(percentile(store.badge, 50), 25),
  });
  rows.push({
    metric: 'Dashboard first page (challenge/list, 50)',
    measured: spread(store.firstPage),
    budget: '≤ 100 ms',
    verdict: within(percentile(store.firstPage, 95), 100),
  });
  rows.push({
    metric: 'Overdue list (challenge/list open+overdueAt, 500)',
    measured: spread(store.overdue),
    budget: '—',
    verdict: 'report',
  });
  rows.push({
    metric: `Sidebar case list (challenge/for-case, ${store.caseListItems} challenge)`,
    measured: spread(store.caseList),
    budget: '≤ 100 ms',
    verdict: within(percentile(store.caseList, 95), 100),
  });
  rows.push({
    metric: `Reports figures over ${store.reportFiguresCounted.toLocaleString('en-GB')} challenges (reports/figures)`,
    measured: spread(store.reportFigures),
    budget: '—',
    verdict: 'report',
  });
  rows.push({
    metric: `Import whole store (${(store.fileLength / 1e6).toFixed(1)} MB file, replace)`,
    measured: `${ms(store.importRun.ms)} (${store.importRun.parts} parts)`,
    budget: '—',
    verdict: 'report',
  });
  rows.push({
    metric: 'Export whole store (data/export-begin/part)',
    measured: store.exportRun.ok
      ? `${ms(store.exportRun.ms)} (${(store.exportRun.textLength / 1e6).toFixed(1)} MB, ${store.exportRun.parts} parts)`
      : `failed after ${ms(store.exportRun.ms)}: ${store.exportRun.error}`,
    budget: '—',
    verdict: store.exportRun.ok ? 'report' : 'failed',
  });
  const coldBadge = store.cold.badge.filter(Number.isFinite);
  rows.push({
    metric: 'Worker cold start → first message reply',
    measured: spread(store.cold.reply),
    budget: '—',
    verdict: 'report',
  });
  rows.push({
    metric: `Worker cold start → correct badge ("${store.badgeText}")`,
    measured:
      coldBadge.length === store.cold.badge.length
        ? spread(coldBadge)
        : `not reached in 15 s in ${store.cold.badge.length - coldBadge.length} of ${store.cold.badge.length} runs`,
    budget: '—',
    verdict: 'report',
  });
  notes.push(
    `Store: open-summaries page (challenge/list open, 500) p50 ${ms(median(store.openPage))}; ` +
      `seed file built in the page in ${ms(store.buildMs)}.`,
  );

  // 7. The popup over the seeded store: in real use the toolbar click opens it, and its "Open the
  // sidebar on this page" button opens the sidebar, so its load is part of "click → sidebar".
  log('toolbar click to interactive popup: 15 runs over the seeded store');
  try {
    const popup = await benchPopup(extension, caseUrl, 15);
    rows.push({
      metric: 'Toolbar click → popup interactive',
      measured: spread(popup.painted),
      budget: '—',
      verdict: 'report',
    });
    notes.push(
      `Popup: navigation start to both sections settled (50 soonest of ${SEED.challenges / SEED.openEvery} open ` +
        `challenges listed, "This page" offering the sidebar) and painted; shown before the frame at p50 ` +
        `${ms(percentile(popup.shown, 50))}; the first load in the session (not counted) took ${ms(popup.firstEver)}.`,
    );
  } catch (error) {
    rows.push({
      metric: 'Toolbar click → popup interactive',
      measured: `failed: ${String(error?.message ?? error).slice(0, 120)}`,
      budget: '—',
      verdict: 'failed',
    });
  }
} finally {
  await extension.close();
  await site.close();
}

console.log(`\n${textTable(rows)}\n`);
for (const note of notes) console.log(`- ${note}`);
if (!argv.includes('--no-write')) {
  const file = writeReport({
    rows,
    notes,
    browserVersion,
    extensionDir,
    seconds: (Date.now() - started) / 1000,
  });
  console.log(`\nWrote ${file}`);
}
