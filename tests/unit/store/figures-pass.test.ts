import { describe, expect, test } from 'vitest';
import { deriveChallengeState, type ChallengeEvent, type ChallengeSummary } from '../../../lib/challenge';
import { findProtocol } from '../../../lib/protocols';
import {
  mayCountIn,
  monitoringFigures,
  periodFor,
  PERIOD_KINDS,
  type MonitoringChallenge,
  type Period,
} from '../../../lib/reports';
import { getChallengeEvents, listChallenges, type ChallengeDatabase } from '../../../lib/store';
import { figuresFromStore } from '../../../lib/store/figures-pass';
import { forEachHistory } from '../../../lib/store/history-pass';
import { seedGeneratedStore } from './generated-store';
import { freshDatabase } from './test-database';

const NOW = new Date('2026-06-01T12:00:00Z');

/**
 * The reports page's old way, kept here as the reference: every summary page by page, the histories of
 * those that may count fetched one by one (as 'challenge/get' did), derived, and counted on the page.
 */
async function figuresTheOldWay(db: ChallengeDatabase, period: Period) {
  const summaries: ChallengeSummary[] = [];
  let after: string | undefined;
  do {
    const page = await listChallenges<ChallengeSummary>(db, { limit: 500, ...(after ? { after } : {}) });
    if (!page.ok) throw new Error(page.error.message);
    summaries.push(...page.value.items);
    after = page.value.next ?? undefined;
  } while (after !== undefined);
  const challenges: MonitoringChallenge[] = [];
  for (const summary of summaries.filter((candidate) => mayCountIn(candidate, period))) {
    const events = await getChallengeEvents<ChallengeEvent>(db, summary.challengeId);
    if (!events.ok) throw new Error(events.error.message);
    const protocol = findProtocol(summary.protocolId)!;
    challenges.push({
      events: events.value,
      state: deriveChallengeState(events.value, { protocol, now: NOW }),
    });
  }
  return { figures: monitoringFigures(challenges, period), counted: challenges.length };
}

describe('figuresFromStore: the monitoring figures in one pass over the store', () => {
  test('gives the same figures as fetching and deriving each history, for every period of a generated store', async () => {
    const { db } = await freshDatabase();
    const events = await seedGeneratedStore(db, 500);
    expect(events).toBeGreaterThan(2000); // more than one page of the pass
    const periods = PERIOD_KINDS.flatMap((kind) =>
      ['2024-02-01', '2024-08-01', '2025-02-01', '2025-08-01', '2026-02-01', '2026-08-01', '2027-02-01'].map(
        (day) => periodFor(kind, day),
      ),
    );
    let everCounted = 0;
    for (const period of periods) {
      const fresh = await figuresFromStore(db, period, { now: NOW });
      const old = await figuresTheOldWay(db, period);
      expect(fresh).toEqual({ ok: true, value: old });
      everCounted += old.counted;
      if (old.figures.raised > 0) expect(old.figures.byArea.length).toBeGreaterThan(0);
    }
    // The store really exercises the figures: challenges raised, resolved, withdrawn and past the threshold.
    expect(everCounted).toBeGreaterThan(500);
    const year = await figuresTheOldWay(db, periodFor('year', '2025-06-01'));
    expect(year.figures.timeToResolution.count).toBeGreaterThan(10);
    expect(year.figures.byOutcome.find((row) => row.key === 'withdrawn')?.count).toBeGreaterThan(0);
    expect(year.figures.thresholdReached).toBeGreaterThan(0);
  });

  test('names a challenge whose protocol is not installed, instead of counting it wrongly', async () => {
    const { db } = await freshDatabase();
    await seedGeneratedStore(db, 5);
    const [first] = await db.getAll('events');
    await db.put('events', { ...first!, protocolId: 'a-partnership-not-imported' } as typeof first & object);
    // A period covering every generated date, so the edited challenge is one that may count.
    const all = await figuresFromStore(
      db,
      { kind: 'year', start: '2023-01-01', end: '2027-12-31', label: 'all' },
      {
        now: NOW,
      },
    );
    expect(all).toEqual({
      ok: false,
      error: {
        kind: 'not-found',
        message: expect.stringContaining('"a-partnership-not-imported" is not installed'),
      },
    });
  });
});

describe('forEachHistory', () => {
  test('meets every history whole and in order, across pages, and only the wanted ones', async () => {
    const { db } = await freshDatabase();
    await seedGeneratedStore(db, 30);
    const stored = await db.getAll('events');
    const expected = new Map<string, number[]>();
    for (const event of stored)
      expected.set(event.challengeId, [...(expected.get(event.challengeId) ?? []), event.seq]);

    for (const pageSize of [1, 3, 7, 1000]) {
      const seen = new Map<string, number[]>();
      const passed = await forEachHistory(db, {
        pageSize,
        visit: (history) => {
          expect(seen.has(history[0]!.challengeId)).toBe(false);
          expect(new Set(history.map((event) => event.challengeId)).size).toBe(1);
          seen.set(
            history[0]!.challengeId,
            history.map((event) => event.seq),
          );
        },
      });
      expect(passed).toEqual({ ok: true, value: 30 });
      expect(seen).toEqual(expected);
    }

    const open = new Set(
      (await db.getAll('challenges')).filter((row) => row.status === 'open').map((row) => row.challengeId),
    );
    const visited: string[] = [];
    const passed = await forEachHistory(db, {
      pageSize: 4,
      wanted: (summary) => summary.status === 'open',
      visit: (history) => void visited.push(history[0]!.challengeId),
    });
    expect(passed).toEqual({ ok: true, value: open.size });
    expect(new Set(visited)).toEqual(open);
  });

  test('an empty store, or none wanted, visits nothing', async () => {
    const { db } = await freshDatabase();
    expect(await forEachHistory(db, { visit: () => expect.fail('visited') })).toEqual({ ok: true, value: 0 });
    await seedGeneratedStore(db, 3);
    expect(await forEachHistory(db, { wanted: () => false, visit: () => expect.fail('visited') })).toEqual({
      ok: true,
      value: 0,
    });
  });
});
