import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { alertCountsOf } from '../../../lib/alerts/badge-model';
import type { AlertSummary } from '../../../lib/alerts/alert-state';
import { stageAlert, partnershipMustBeTold } from '../../../lib/alerts/alert-state';
import { challengeIdsToRefresh, countAlerts, listAlertCandidates } from '../../../lib/store/alert-counts';
import { openChallengeDatabase, type ChallengeDatabase } from '../../../lib/store/database';
import type { ChallengeStatus, StoredSummary } from '../../../lib/store/store-deps';
import { toSummaryRow } from '../../../lib/store/summary-row';
import { buildDatabaseFromFixture, readFixture } from './db-fixtures';
import { freshDatabase } from './test-database';

type Row = StoredSummary & AlertSummary & { dueSoonAt: string | null; deadline: string | null };

const BASE = Date.parse('2026-03-02T00:00:00Z');
const HOUR = 3_600_000;
const iso = (hours: number) => new Date(BASE + hours * HOUR).toISOString();

/** A summary as the summariser writes it: dueSoonAt never after the deadline, both or neither. */
const rowArbitrary = (index: number): fc.Arbitrary<Row> =>
  fc
    .record({
      status: fc.constantFrom<ChallengeStatus>('open', 'open', 'resolved', 'withdrawn'),
      deadlineHour: fc.option(fc.integer({ min: 0, max: 24 * 14 }), { nil: null }),
      warningHours: fc.integer({ min: 0, max: 72 }),
      warned: fc.boolean(),
      thresholdReached: fc.boolean(),
      partnershipInformed: fc.boolean(),
    })
    .map((r) => {
      const deadline = r.deadlineHour === null ? null : iso(r.deadlineHour);
      const dueSoonAt = r.deadlineHour === null ? null : iso(r.deadlineHour - r.warningHours);
      return {
        challengeId: `c-${String(index).padStart(3, '0')}`,
        status: r.status,
        seq: 0,
        caseReference: null,
        protocolId: 'p',
        currentStage: 1,
        areaOfDisagreement: null,
        // Derived either before the warning (pointing at it) or after (pointing at the deadline).
        nextDeadline: r.status !== 'open' || deadline === null ? null : r.warned ? deadline : dueSoonAt,
        deadline,
        dueSoonAt,
        thresholdReached: r.thresholdReached,
        partnershipInformed: r.partnershipInformed,
        lastChangeAt: iso(0),
      };
    });

const rowsArbitrary = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArbitrary(i))));

async function storeRows(db: ChallengeDatabase, rows: readonly Row[]) {
  const tx = db.transaction('challenges', 'readwrite');
  await Promise.all(rows.map((row) => tx.store.put(toSummaryRow(row))));
  await tx.done;
}

describe('index counts agree with reading every summary', () => {
  test('countAlerts equals alertCountsOf, and the candidates hold every alerting challenge', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, fc.integer({ min: -24, max: 24 * 15 }), async (rows, nowHour) => {
        const { db } = await freshDatabase();
        await storeRows(db, rows);
        const now = new Date(BASE + nowHour * HOUR + 30 * 60_000);
        expect(await countAlerts(db, now)).toEqual({ ok: true, value: alertCountsOf(rows, now) });

        const candidates = await listAlertCandidates<Row>(db, now);
        const ids = new Set(candidates.ok ? candidates.value.map((row) => row.challengeId) : []);
        for (const row of rows) {
          const alerting = stageAlert(row, now) !== 'none' || partnershipMustBeTold(row);
          expect(ids.has(row.challengeId)).toBe(alerting);
        }
        // Rows come back without the row-only index fields.
        for (const row of candidates.ok ? candidates.value : []) expect(row).not.toHaveProperty('refreshAt');
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  // The warning is at the deadline itself, so only the London-day rule can make these due soon.
  test.each([
    ['later on today’s London day (GMT)', '2026-03-10T08:00:00Z', '2026-03-10T17:00:00.000Z', 1],
    ['a minute before London midnight (GMT)', '2026-03-10T08:00:00Z', '2026-03-10T23:59:00.000Z', 1],
    ['at London midnight: tomorrow', '2026-03-10T08:00:00Z', '2026-03-11T00:00:00.000Z', 0],
    ['23:30 UTC in summer is 00:30 BST tomorrow', '2026-06-10T08:00:00Z', '2026-06-10T23:30:00.000Z', 0],
    ['22:30 UTC in summer is still today', '2026-06-10T08:00:00Z', '2026-06-10T22:30:00.000Z', 1],
  ])('due soon by the London day: %s', async (_, now, deadline, expected) => {
    const { db } = await freshDatabase();
    const row: Row = {
      challengeId: 'c-1',
      status: 'open',
      seq: 0,
      caseReference: null,
      protocolId: 'p',
      currentStage: 1,
      areaOfDisagreement: null,
      nextDeadline: deadline,
      dueSoonAt: deadline,
      deadline,
      thresholdReached: false,
      partnershipInformed: false,
      lastChangeAt: '2026-03-01T09:00:00.000Z',
    };
    await storeRows(db, [row]);
    expect(await countAlerts(db, new Date(now))).toEqual({
      ok: true,
      value: { overdue: 0, dueSoon: expected, untold: 0 },
    });
    expect(alertCountsOf([row], new Date(now)).dueSoon).toBe(expected);
  });

  test('only rows still pointing at a passed warning are to be refreshed', async () => {
    const { db } = await freshDatabase();
    const common = {
      status: 'open' as const,
      seq: 0,
      caseReference: null,
      protocolId: 'p',
      currentStage: 1,
      areaOfDisagreement: null,
      thresholdReached: false,
      partnershipInformed: false,
      lastChangeAt: iso(0),
      deadline: iso(48),
      dueSoonAt: iso(24),
    };
    await storeRows(db, [
      { ...common, challengeId: 'stale', nextDeadline: iso(24) },
      { ...common, challengeId: 'fresh', nextDeadline: iso(48) },
      { ...common, challengeId: 'ahead', nextDeadline: iso(30), dueSoonAt: iso(30) },
    ]);
    expect(await challengeIdsToRefresh(db, new Date(iso(26)))).toEqual({ ok: true, value: ['stale'] });
    expect(await challengeIdsToRefresh(db, new Date(iso(12)))).toEqual({ ok: true, value: [] });
  });
});

test('a version 1 database gains the index fields on upgrade, and its counts agree', async () => {
  const factory = new IDBFactory();
  const fixture = readFixture(1);
  await buildDatabaseFromFixture(factory, 'from-v1', fixture);
  const db = await openChallengeDatabase('from-v1', factory);
  const rows = fixture.stores.challenges as Row[];
  for (const row of await db.getAll('challenges')) {
    expect(row.needsPartnership === 0 || row.needsPartnership === 1).toBe(true);
    expect(row).toHaveProperty('refreshAt');
  }
  for (const now of ['2025-05-01T12:00:00Z', '2025-05-08T12:00:00Z', '2025-07-01T12:00:00Z']) {
    expect(await countAlerts(db, new Date(now))).toEqual({
      ok: true,
      value: alertCountsOf(rows, new Date(now)),
    });
  }
  db.close();
});
