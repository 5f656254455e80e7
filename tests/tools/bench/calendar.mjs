// addWorkingDays (lib/calendar, UK bank holidays) against date-fns addBusinessDays (weekends only).
// lib/ is TypeScript, so it is bundled for Node with rolldown into a temporary folder first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { addBusinessDays } from 'date-fns';
import { median } from './stats.mjs';

const CALLS_PER_ROUND = 20_000;
const ROUNDS = 15;

async function loadCalendar() {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cc-bench-calendar-'));
  try {
    await build({
      input: path.resolve('lib/calendar/index.ts'),
      platform: 'node',
      output: { dir: outDir, format: 'esm', entryFileNames: 'calendar.mjs' },
      logLevel: 'silent',
    });
    return await import(pathToFileURL(path.join(outDir, 'calendar.mjs')).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Deterministic inputs: start dates across 2021–2030, n in [-250, 250] without 0. */
function makeInputs() {
  let seed = 20_240_501;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const startMs = Date.UTC(2021, 0, 1);
  const spanDays = 3652;
  const inputs = [];
  for (let i = 0; i < CALLS_PER_ROUND; i += 1) {
    const day = new Date(startMs + Math.floor(random() * spanDays) * 86_400_000);
    let n = Math.floor(random() * 501) - 250;
    if (n === 0) n = 1;
    inputs.push({ iso: day.toISOString().slice(0, 10), date: day, n });
  }
  return inputs;
}

/** Times `round` ROUNDS times (after a warm-up) and returns the median round in ms. */
function timeRounds(round) {
  round();
  round();
  const times = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    const started = performance.now();
    round();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function benchCalendar() {
  const calendar = await loadCalendar();
  const inputs = makeInputs();
  let sink = 0;
  const coldStarted = performance.now();
  sink += calendar.addWorkingDays(inputs[0].iso, inputs[0].n, 'england-and-wales').length;
  const firstCallMs = performance.now() - coldStarted;

  const ours = timeRounds(() => {
    for (const { iso, n } of inputs) sink += calendar.addWorkingDays(iso, n, 'england-and-wales').length;
  });
  const dateFns = timeRounds(() => {
    for (const { date, n } of inputs) sink += addBusinessDays(date, n).getTime() & 1;
  });
  if (sink === 0) console.log('(unreachable: keeps the calls from being optimised away)');
  return {
    ratio: ours / dateFns,
    oursPerCallUs: (ours / CALLS_PER_ROUND) * 1000,
    dateFnsPerCallUs: (dateFns / CALLS_PER_ROUND) * 1000,
    firstCallMs,
    calls: CALLS_PER_ROUND,
    rounds: ROUNDS,
  };
}
