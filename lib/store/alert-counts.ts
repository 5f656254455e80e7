import { londonDate, londonInstant } from '../calendar';
import { countFromTally } from './alert-tally';
import type { ChallengeDatabase } from './database';
import type { StoredSummary } from './store-deps';
import { asResult, type Result } from './store-result';
import { fromSummaryRow, type SummaryRow } from './summary-row';

/**
 * Counts for the toolbar badge, each an IDBIndex.count over one key range (O(log n) whatever the
 * number of challenges) instead of reading every open summary (docs/PERFORMANCE.md, "Badge
 * recompute"). They agree with lib/alerts/alert-state.ts stageAlert / partnershipMustBeTold applied to
 * every summary: tests/unit/store/alert-counts.test.ts checks exactly that.
 */

export interface AlertCounts {
  overdue: number;
  dueSoon: number;
  /** Challenges at the reporting threshold whose partnership has not been told. */
  untold: number;
}

const utc = (instant: Date): string => instant.toISOString();
/** [status, instant, challengeId] keys of open rows whose instant is at or before `now`. */
const openUpTo = (now: Date): IDBKeyRange => IDBKeyRange.bound(['open'], ['open', utc(now), []]);

/** The instant the next Europe/London calendar day begins. */
export function nextLondonMidnight(now: Date): Date {
  const [year, month, day] = londonDate(now).split('-').map(Number) as [number, number, number];
  const tomorrow = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return londonInstant(tomorrow, '00:00');
}

/** Open challenges whose current stage's deadline is at or before `now`. */
export function countOpenOverdue(db: ChallengeDatabase, now: Date): Promise<Result<number>> {
  return asResult(() => db.countFromIndex('challenges', 'by-status-deadline', openUpTo(now)));
}

/**
 * Open challenges due soon and not overdue: the due-soon warning has come (dueSoonAt <= now <
 * deadline), or the deadline falls later on today's London day. A stage's dueSoonAt is never after its
 * deadline, so every overdue row is also among those warned and the difference counts the rest.
 */
export async function countOpenDueSoon(db: ChallengeDatabase, now: Date): Promise<Result<number>> {
  const counts = await countAlerts(db, now);
  return counts.ok ? { ok: true, value: counts.value.dueSoon } : counts;
}

/** Challenges, whatever their status, at the reporting threshold with the partnership untold. */
export function countPartnershipUntold(db: ChallengeDatabase): Promise<Result<number>> {
  return asResult(() => db.countFromIndex('challenges', 'by-needs-partnership', 1));
}

/**
 * All three counts in one read transaction. Chromium's IDBIndex.count walks the range it counts, so
 * each range is counted once: overdue rows are walked twice (deadline and due-soon indexes), no more.
 */
export function countAlerts(db: ChallengeDatabase, now: Date): Promise<Result<AlertCounts>> {
  return asResult(async () => {
    const tx = db.transaction('challenges', 'readonly');
    const [warned, overdue, laterToday, untold] = await Promise.all([
      tx.store.index('by-status-due-soon').count(openUpTo(now)),
      tx.store.index('by-status-deadline').count(openUpTo(now)),
      // Few rows: only deadlines in the rest of today.
      tx.store
        .index('by-status-deadline')
        .getAll(
          IDBKeyRange.bound(['open', utc(now), []], ['open', utc(nextLondonMidnight(now))], true, true),
        ),
      tx.store.index('by-needs-partnership').count(1),
    ]);
    const notYetWarned = laterToday.filter(
      (row) => row.dueSoonAt === null || row.dueSoonAt === undefined || row.dueSoonAt > utc(now),
    ).length;
    return { overdue, dueSoon: warned - overdue + notYetWarned, untold };
  });
}

/**
 * The badge counts as the recompute reads them: from the in-memory tally when this connection has
 * loaded it (alert-tally.ts, a pass over the alerting challenges), otherwise `countAlerts` on the
 * indexes. Call `loadAlertTally` after the badge is set so that the next recompute is the quick one.
 */
export async function badgeCounts(db: ChallengeDatabase, now: Date): Promise<Result<AlertCounts>> {
  const tallied = countFromTally(db, now, nextLondonMidnight(now));
  return tallied ? { ok: true, value: tallied } : countAlerts(db, now);
}

/**
 * Every summary that may alert at `now` (warned or overdue, deadline later today, partnership untold)
 * and no other: what the notifications look through. Costs what the badge counts, not what is stored.
 */
export function listAlertCandidates<S extends StoredSummary>(
  db: ChallengeDatabase,
  now: Date,
): Promise<Result<S[]>> {
  return asResult(async () => {
    const tx = db.transaction('challenges', 'readonly');
    const parts = await Promise.all([
      tx.store.index('by-status-due-soon').getAll(openUpTo(now)),
      tx.store
        .index('by-status-deadline')
        .getAll(
          IDBKeyRange.bound(['open', utc(now), []], ['open', utc(nextLondonMidnight(now))], true, true),
        ),
      tx.store.index('by-needs-partnership').getAll(1),
    ]);
    const rows = new Map<string, SummaryRow>();
    for (const row of parts.flat()) rows.set(row.challengeId, row);
    return [...rows.values()].map((row) => fromSummaryRow<S>(row));
  });
}

/**
 * Challenges whose due-soon warning has come while their row still points `nextDeadline` at it: the
 * only rows an alert recompute must re-derive. Reads keys only, and only those rows.
 */
export function challengeIdsToRefresh(db: ChallengeDatabase, now: Date): Promise<Result<string[]>> {
  return asResult(() =>
    db.getAllKeysFromIndex('challenges', 'by-refresh-at', IDBKeyRange.upperBound([utc(now), []])),
  );
}
