import type { ChallengeDatabase } from './database';
import type { StoredSummary } from './store-deps';
import { asResult, type Result } from './store-result';
import { fromSummaryRow } from './summary-row';

/**
 * Reads for the toolbar badge and the alarms, on the [status, nextDeadline] index: "open, with a next
 * alert instant" is one key range in time order, so each read costs what it returns. A summary's
 * `nextDeadline` is the next instant an alert cares about (the due-soon warning, then the deadline);
 * rows whose nextDeadline is null are not in the index at all.
 */

const OPEN_WITH_DEADLINE = (): IDBKeyRange => IDBKeyRange.bound(['open'], ['open', []]);
const utc = (instant: string): string => new Date(instant).toISOString();

/** Every open challenge with a running deadline, soonest first. */
export async function listOpenWithDeadlines<S extends StoredSummary>(
  db: ChallengeDatabase,
): Promise<Result<S[]>> {
  return asResult(async () => {
    const rows = await db.getAllFromIndex('challenges', 'by-next-deadline', OPEN_WITH_DEADLINE());
    return rows.map((row) => fromSummaryRow<S>(row));
  });
}

/**
 * Open challenges whose next alert instant is at or before `now`: those the badge counts (due soon or
 * overdue; tell them apart by `deadline`). Reads only those rows, however many challenges are open.
 */
export async function listOpenDueBy<S extends StoredSummary>(
  db: ChallengeDatabase,
  now: string,
): Promise<Result<S[]>> {
  return asResult(async () => {
    // Keys are [status, nextDeadline, challengeId]; an array sorts after any string, so this takes every
    // challenge whose nextDeadline is exactly `now` too.
    const range = IDBKeyRange.bound(['open'], ['open', utc(now), []]);
    const rows = await db.getAllFromIndex('challenges', 'by-next-deadline', range);
    return rows.map((row) => fromSummaryRow<S>(row));
  });
}

/** The first open challenge whose next alert instant is after `now`: when to set the next alarm. */
export async function firstOpenDueAfter<S extends StoredSummary>(
  db: ChallengeDatabase,
  now: string,
): Promise<Result<S | null>> {
  return asResult(async () => {
    const range = IDBKeyRange.bound(['open', utc(now), []], ['open', []], true, false);
    const [row] = await db.getAllFromIndex('challenges', 'by-next-deadline', range, 1);
    return row ? fromSummaryRow<S>(row) : null;
  });
}
