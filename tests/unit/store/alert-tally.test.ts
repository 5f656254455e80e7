import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alertCountsOf } from '../../../lib/alerts/badge-model';
import type { AlertSummary } from '../../../lib/alerts/alert-state';
import { countAlerts, nextLondonMidnight } from '../../../lib/store/alert-counts';
import { countFromTally, loadAlertTally } from '../../../lib/store/alert-tally';
import { withWriteTransaction, type ChallengeDatabase } from '../../../lib/store/database';
import type { ChallengeStatus, StoredSummary } from '../../../lib/store/store-deps';
import { toSummaryRow } from '../../../lib/store/summary-row';
import { freshDatabase } from './test-database';

type Row = StoredSummary & AlertSummary & { dueSoonAt: string | null; deadline: string | null };

const BASE = Date.parse('2026-03-02T00:00:00Z');
const HOUR = 3_600_000;
const iso = (hours: number) => new Date(BASE + hours * HOUR).toISOString();
const IDS = ['c-0', 'c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6', 'c-7'];

const rowArbitrary: fc.Arbitrary<Row> = fc
  .record({
    challengeId: fc.constantFrom(...IDS),
    status: fc.constantFrom<ChallengeStatus>('open', 'open', 'resolved', 'withdrawn'),
    deadlineHour: fc.option(fc.integer({ min: 0, max: 24 * 14 }), { nil: null }),
    warningHours: fc.integer({ min: 0, max: 72 }),
    thresholdReached: fc.boolean(),
    partnershipInformed: fc.boolean(),
  })
  .map((r) => {
    const deadline = r.deadlineHour === null ? null : iso(r.deadlineHour);
    const dueSoonAt = r.deadlineHour === null ? null : iso(r.deadlineHour - r.warningHours);
    return {
      challengeId: r.challengeId,
      status: r.status,
      seq: 0,
      caseReference: null,
      protocolId: 'p',
      currentStage: 1,
      areaOfDisagreement: null,
      nextDeadline: r.status === 'open' ? deadline : null,
      deadline,
      dueSoonAt,
      thresholdReached: r.thresholdReached,
      partnershipInformed: r.partnershipInformed,
      lastChangeAt: iso(0),
    };
  });

/** One committed write: rows put and ids deleted, reported to the tally as the store's writers do. */
const writeArbitrary = fc.record({
  put: fc.array(rowArbitrary, { maxLength: 4 }),
  deleted: fc.array(fc.constantFrom(...IDS), { maxLength: 2 }),
});

async function write(db: ChallengeDatabase, put: readonly Row[], deleted: readonly string[]) {
  const rows = put.map((row) => toSummaryRow(row));
  await withWriteTransaction(
    db,
    ['challenges'],
    async (tx) => {
      for (const id of deleted) await tx.objectStore('challenges').delete(id);
      for (const row of rows) await tx.objectStore('challenges').put(row);
    },
    () => ({ put: rows, deleted }),
  );
}

/** What is stored once the writes have run in order: the last row put for each id not deleted since. */
function storedAfter(writes: readonly { put: Row[]; deleted: string[] }[]): Row[] {
  const rows = new Map<string, Row>();
  for (const { put, deleted } of writes) {
    for (const id of deleted) rows.delete(id);
    for (const row of put) rows.set(row.challengeId, row);
  }
  return [...rows.values()];
}

const tallied = (db: ChallengeDatabase, now: Date) => countFromTally(db, now, nextLondonMidnight(now));

describe('the in-memory tally counts what the indexes count', () => {
  test('after any writes, loaded before, between or after them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(writeArbitrary, { maxLength: 6 }),
        fc.nat(6),
        fc.integer({ min: -24, max: 24 * 15 }),
        async (writes, loadAt, nowHour) => {
          const { db } = await freshDatabase();
          for (const [index, { put, deleted }] of writes.entries()) {
            if (index === loadAt) await loadAlertTally(db);
            await write(db, put, deleted);
          }
          await loadAlertTally(db);
          const now = new Date(BASE + nowHour * HOUR + 30 * 60_000);
          const expected = alertCountsOf(storedAfter(writes), now);
          expect(tallied(db, now)).toEqual(expected);
          expect(await countAlerts(db, now)).toEqual({ ok: true, value: expected });
          db.close();
        },
      ),
      { numRuns: 80 },
    );
  });

  test('is not used until loaded, and a writer that does not say what it changed drops it', async () => {
    const { db } = await freshDatabase();
    const now = new Date(iso(10));
    expect(tallied(db, now)).toBeNull();
    await loadAlertTally(db);
    expect(tallied(db, now)).toEqual({ overdue: 0, dueSoon: 0, untold: 0 });
    await withWriteTransaction(db, ['challenges'], async (tx) => {
      await tx.objectStore('challenges').clear();
    });
    expect(tallied(db, now)).toBeNull();
    // Writes that touch no summaries keep it.
    await loadAlertTally(db);
    await withWriteTransaction(db, ['meta'], async (tx) => {
      await tx.objectStore('meta').put({ key: 'k', value: 1 });
    });
    expect(tallied(db, now)).not.toBeNull();
  });

  test('a load racing a write ends either unloaded or with the write counted, never stale', async () => {
    const { db } = await freshDatabase();
    const row = fc.sample(rowArbitrary, { numRuns: 1, seed: 7 })[0]!;
    const loading = loadAlertTally(db);
    await write(db, [{ ...row, status: 'open', deadline: iso(1), dueSoonAt: iso(0) }], []);
    await loading;
    expect([null, 1]).toContain(tallied(db, new Date(iso(2)))?.overdue ?? null);
    await loadAlertTally(db);
    expect(tallied(db, new Date(iso(2)))?.overdue).toBe(1);
  });

  test('a failed write changes nothing in the tally', async () => {
    const { db } = await freshDatabase();
    await loadAlertTally(db);
    const row = toSummaryRow({
      ...fc.sample(rowArbitrary, { numRuns: 1, seed: 3 })[0]!,
      status: 'open',
      deadline: iso(1),
    });
    await expect(
      withWriteTransaction(
        db,
        ['challenges'],
        async (tx) => {
          await tx.objectStore('challenges').put(row);
          throw new Error('refused');
        },
        () => ({ put: [row], deleted: [] }),
      ),
    ).rejects.toThrow('refused');
    expect(tallied(db, new Date(iso(2)))).toEqual({ overdue: 0, dueSoon: 0, untold: 0 });
  });
});
