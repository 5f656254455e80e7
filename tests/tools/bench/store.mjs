// The store at scale, through the real background: seed by importing a backup (in parts, as the
// options page does), then time the badge recompute, the dashboard's first page, export, import, and
// the worker's cold start.
import { buildBackupText } from './seed-backup.mjs';
import { sleep } from './stats.mjs';

export const SEED = { challenges: 10_000, eventsPerChallenge: 20, openEvery: 4 };
const SENTINEL = '…';
// lib/messaging/transfer.ts PART_CHARS (a .mjs bench cannot import the TypeScript): a backup crosses the
// messaging in parts of at most this many characters. Were the product's smaller, the import says so.
const PART_CHARS = 8 * 1024 * 1024;

/**
 * Exports the whole store as the options page does (data/export-begin, then every data/export-part),
 * in the page; the time covers building the file and fetching every part.
 */
async function timedExport(page) {
  return page.evaluate(async () => {
    const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
    const started = performance.now();
    try {
      const begun = await send('data/export-begin', {});
      if (!begun?.ok) throw new Error(begun?.error?.message ?? String(begun));
      let textLength = 0;
      for (let index = 0; index < begun.value.parts; index += 1) {
        const part = await send('data/export-part', { exportId: begun.value.exportId, index });
        if (!part?.ok) throw new Error(part?.error?.message ?? String(part));
        textLength += part.value.text.length;
      }
      if (textLength !== begun.value.chars)
        throw new Error(`${textLength} of ${begun.value.chars} characters`);
      return { ms: performance.now() - started, ok: true, textLength, parts: begun.value.parts };
    } catch (error) {
      return {
        ms: performance.now() - started,
        ok: false,
        error: String(error?.message ?? error).slice(0, 300),
      };
    }
  });
}

/** Sends one message from the extension page and returns the round trip in ms and a digest of the reply. */
async function timedMessage(page, type, payload) {
  return page.evaluate(
    async ([messageType, messagePayload]) => {
      const started = performance.now();
      let reply;
      try {
        reply = await chrome.runtime.sendMessage({ type: messageType, payload: messagePayload });
      } catch (error) {
        // e.g. "Message exceeded maximum allowed size of 64MiB": the browser refused the reply.
        return { ms: performance.now() - started, ok: false, error: String(error?.message ?? error) };
      }
      const elapsed = performance.now() - started;
      const value = reply?.ok ? reply.value : undefined;
      return {
        ms: elapsed,
        ok: Boolean(reply?.ok),
        error: reply?.ok ? undefined : (reply?.error?.message ?? String(reply)).slice(0, 300),
        items: Array.isArray(value?.items) ? value.items.length : undefined,
        challenges: value?.challenges,
        counted: value?.counted,
      };
    },
    [type, payload],
  );
}

async function repeat(page, runs, type, payload) {
  const times = [];
  let last;
  for (let i = 0; i < runs + 2; i += 1) {
    last = await timedMessage(page, type, typeof payload === 'function' ? payload() : payload);
    if (!last.ok) throw new Error(`${type}: ${last.error}`);
    if (i >= 2) times.push(last.ms);
  }
  return { times, last };
}

/** Waits until the badge stops changing (the import triggers a recompute in the background). */
async function settledBadge(worker) {
  let previous = await worker.evaluate(() => chrome.action.getBadgeText({}));
  for (let i = 0; i < 40; i += 1) {
    await sleep(250);
    const current = await worker.evaluate(() => chrome.action.getBadgeText({}));
    if (current === previous && current !== '' && current !== SENTINEL) return current;
    previous = current;
  }
  return previous;
}

/**
 * The whole badge recompute as the product runs it (alerts-controller: read the open summaries, count,
 * set the badge): the badge is set to a sentinel, the real alarm listener is dispatched, and the worker
 * polls getBadgeText until it changes. Each poll is one call into the browser (well under 1 ms here).
 */
async function badgeRecompute(worker, runs) {
  const times = [];
  let text = '';
  for (let i = 0; i < runs + 2; i += 1) {
    const run = await worker.evaluate(async (sentinel) => {
      await chrome.action.setBadgeText({ text: sentinel });
      const started = performance.now();
      chrome.alarms.onAlarm.dispatch({ name: 'alerts:next', scheduledTime: Date.now() });
      for (;;) {
        const current = await chrome.action.getBadgeText({});
        if (current !== sentinel) return { ms: performance.now() - started, text: current };
        if (performance.now() - started > 20_000) throw new Error('The badge was not recomputed in 20 s');
      }
    }, SENTINEL);
    if (i >= 2) times.push(run.ms);
    text = run.text;
    // Let the rest of that recompute (alarms, notifications) finish, so the next run starts idle.
    await sleep(1000);
  }
  return { times, text };
}

/**
 * Stops the worker over CDP (shared/TESTING.md) with an extension page open, then from that page sends
 * one message (which wakes the worker) and polls the badge until it shows the expected text again.
 */
async function coldStart(extension, page, expectedBadge, runs) {
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const reply = [];
  const badge = [];
  for (let i = 0; i < runs; i += 1) {
    const worker = await extension.worker();
    await worker.evaluate((sentinel) => chrome.action.setBadgeText({ text: sentinel }), SENTINEL);
    const stopped = new Promise((resolve) => {
      const onUpdate = ({ versions }) => {
        if (
          versions.some((v) => v.scriptURL.includes(extension.extensionId) && v.runningStatus === 'stopped')
        ) {
          cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
          resolve(undefined);
        }
      };
      cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await sleep(300);
    const run = await page.evaluate(
      async ([sentinel, expected]) => {
        const started = performance.now();
        const answer = await chrome.runtime.sendMessage({ type: 'settings/get', payload: {} });
        const replied = performance.now() - started;
        if (!answer?.ok) throw new Error('settings/get failed after the worker restart');
        for (;;) {
          const text = await chrome.action.getBadgeText({});
          if (text !== sentinel && text === expected) return { replied, badge: performance.now() - started };
          if (performance.now() - started > 15_000) return { replied, badge: Number.NaN, text };
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      },
      [SENTINEL, expectedBadge],
    );
    reply.push(run.replied);
    badge.push(run.badge);
  }
  await cdp.detach();
  return { reply, badge };
}

export async function benchStore(extension) {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const nowIso = new Date().toISOString();
  const built = performance.now();
  const fileLength = await page.evaluate(
    ([source, options]) => {
      const build = new Function(`return (${source})`)();
      globalThis.__benchBackup = build(options);
      return globalThis.__benchBackup.length;
    },
    [buildBackupText.toString(), { ...SEED, nowIso }],
  );
  const buildMs = performance.now() - built;

  // Imported as the options page does: data/import-begin, every data/import-part in order, then
  // data/import-commit (the all-or-nothing import); the time covers all of it.
  const importRun = await page.evaluate(async (partChars) => {
    const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
    const text = globalThis.__benchBackup;
    const parts = [];
    for (let start = 0; start < text.length;) {
      let end = Math.min(start + partChars, text.length);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
      parts.push(text.slice(start, end));
      start = end;
    }
    const started = performance.now();
    const result = (reply) => ({
      ms: performance.now() - started,
      ok: Boolean(reply?.ok),
      error: reply?.error?.message,
      value: reply?.value,
      parts: parts.length,
    });
    const begun = await send('data/import-begin', {
      mode: 'replace',
      parts: parts.length,
      chars: text.length,
    });
    if (!begun?.ok) return result(begun);
    for (const [index, part] of parts.entries()) {
      const sent = await send('data/import-part', { importId: begun.value.importId, index, text: part });
      if (!sent?.ok) return result(sent);
    }
    return result(await send('data/import-commit', { importId: begun.value.importId }));
  }, PART_CHARS);
  if (!importRun.ok) throw new Error(`Seeding import failed: ${importRun.error}`);

  const worker = await extension.worker();
  // The import's own recompute runs first; let it finish before timing recomputes of our own.
  await settledBadge(worker);
  const badge = await badgeRecompute(worker, 8);
  const badgeText = badge.text;
  const firstPage = await repeat(page, 15, 'challenge/list', { limit: 50 });
  const overdue = await repeat(page, 15, 'challenge/list', () => ({
    status: 'open',
    overdueAt: new Date().toISOString(),
    limit: 500,
  }));
  const openPage = await repeat(page, 15, 'challenge/list', { status: 'open', limit: 500 });
  // The sidebar's case list: one message carrying each challenge's stage title and working days left.
  const caseList = await repeat(page, 15, 'challenge/for-case', { caseReference: 'CR-300000' });
  // The reports page's figures, counted in the worker: a period spanning the seed counts every challenge.
  const wholeStore = { kind: 'year', start: '2000-01-01', end: '2099-12-31', label: 'Whole store' };
  const reportFigures = await repeat(page, 3, 'reports/figures', { period: wholeStore });
  const exportRun = await timedExport(page);
  const cold = await coldStart(extension, page, badgeText, 5);
  await page.evaluate(() => {
    delete globalThis.__benchBackup;
  });
  await page.close();
  return {
    fileLength,
    buildMs,
    importRun,
    badgeText,
    badge: badge.times,
    badgeAfter: badge.text,
    firstPage: firstPage.times,
    firstPageItems: firstPage.last.items,
    overdue: overdue.times,
    overdueItems: overdue.last.items,
    openPage: openPage.times,
    caseList: caseList.times,
    caseListItems: caseList.last.items,
    reportFigures: reportFigures.times,
    reportFiguresCounted: reportFigures.last.counted,
    exportRun,
    cold,
  };
}
