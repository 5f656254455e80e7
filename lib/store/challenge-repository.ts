import { issued, withWriteTransaction, type ChallengeDatabase } from './database';
import { type ChallengeStoreDeps, type StoredEvent, type StoredSummary } from './store-deps';
import { asResult, CONFLICT_MESSAGE, fail, StoreFailure, type Result } from './store-result';
import { fromSummaryRow, toSummaryRow, type SummaryRow } from './summary-row';
import { describeIssues } from './zod-issues';

/**
 * A challenge's history and its summary row, written together. The history is append-only (DESIGN.md:
 * "Nothing is ever overwritten"): events are added, never put over an existing key.
 */

const NOT_FOUND_MESSAGE =
  'This challenge is not in your records any more (it may have been erased in another tab or window). ' +
  'Nothing was saved.';

/** All keys of one challenge's events, in seq order. */
export function eventRange(challengeId: string): IDBKeyRange {
  return IDBKeyRange.bound([challengeId, -Infinity], [challengeId, Infinity]);
}

/**
 * Append `events` to a challenge whose last stored event the caller saw as `expectedSeq` (-1 for a new
 * challenge). A caller with a stale view (another tab or window wrote since) gets a 'conflict' and
 * nothing is written: never a silent merge. The rules and the summary are worked out before the write
 * transaction opens; inside it only the version check and the writes happen, so the events and the
 * summary land together or not at all.
 */
export async function appendEvents<E extends StoredEvent, S extends StoredSummary>(
  db: ChallengeDatabase,
  challengeId: string,
  expectedSeq: number,
  events: readonly E[],
  deps: ChallengeStoreDeps<E, S>,
): Promise<Result<S>> {
  const shapeProblem = describeShapeProblem(challengeId, expectedSeq, events);
  if (shapeProblem) return fail('invalid', shapeProblem);
  const parsed: E[] = [];
  for (const [index, event] of events.entries()) {
    const outcome = deps.eventSchema.safeParse(event);
    if (!outcome.success)
      return fail('invalid', describeIssues(outcome.error.issues, `events[${index}]`).join('; '));
    parsed.push(outcome.data);
  }

  const historyRead = await asResult(() => readHistory<E>(db, challengeId));
  if (!historyRead.ok) return historyRead;
  const history = historyRead.value;
  const storedSeq = history.length - 1;
  if (storedSeq !== expectedSeq) {
    return storedSeq === -1 ? fail('not-found', NOT_FOUND_MESSAGE) : fail('conflict', CONFLICT_MESSAGE);
  }

  let next: readonly E[] = history;
  for (const event of parsed) {
    const outcome = deps.appendEvent(next, event);
    if (!outcome.ok) return fail('invalid', outcome.message);
    next = outcome.events;
  }
  const summary = deps.summarise(next);
  if (summary.challengeId !== challengeId || summary.seq !== next.length - 1) {
    return fail(
      'unknown',
      'The challenge summary did not match its history; nothing was saved. Please report this.',
    );
  }
  const row = toSummaryRow(summary);
  const lastSeenEventId = history.at(-1)?.id;

  return asResult(() =>
    withWriteTransaction(
      db,
      ['events', 'challenges'],
      async (tx) => {
        // The version check, inside the transaction that writes: IndexedDB runs overlapping readwrite
        // transactions one after another, so of two writers that read the same version only the first
        // passes this check.
        const [current, lastEvent] = await Promise.all([
          tx.objectStore('challenges').get(challengeId),
          expectedSeq >= 0 ? tx.objectStore('events').get([challengeId, expectedSeq]) : undefined,
        ]);
        const currentSeq = current?.seq ?? -1;
        if (currentSeq !== expectedSeq || lastEvent?.id !== lastSeenEventId) {
          throw new StoreFailure('conflict', CONFLICT_MESSAGE);
        }
        const eventStore = tx.objectStore('events');
        const writes: Promise<unknown>[] = parsed.map((event) => issued(eventStore.add(event)));
        writes.push(issued(tx.objectStore('challenges').put(row)));
        await Promise.all(writes);
        return summary;
      },
      () => ({ put: [row], deleted: [] }),
    ),
  );
}

function describeShapeProblem(
  challengeId: string,
  expectedSeq: number,
  events: readonly StoredEvent[],
): string | null {
  if (typeof challengeId !== 'string' || challengeId === '') return 'challengeId: must not be empty';
  if (!Number.isInteger(expectedSeq) || expectedSeq < -1) {
    return 'expectedSeq: must be -1 (a new challenge) or the seq of the last event you saw';
  }
  if (events.length === 0) return 'events: there is nothing to save';
  for (const [index, event] of events.entries()) {
    if (event.challengeId !== challengeId) {
      return `events[${index}].challengeId: must be "${challengeId}", the challenge being written`;
    }
    const wanted = expectedSeq + 1 + index;
    if (event.seq !== wanted) return `events[${index}].seq: must be ${wanted}, the next in this challenge`;
  }
  return null;
}

async function readHistory<E extends StoredEvent>(db: ChallengeDatabase, challengeId: string): Promise<E[]> {
  // Every stored event was parsed with the event schema before it was written.
  return (await db.getAll('events', eventRange(challengeId))) as E[];
}

/** A challenge's whole history, oldest first. */
export async function getChallengeEvents<E extends StoredEvent>(
  db: ChallengeDatabase,
  challengeId: string,
): Promise<Result<E[]>> {
  const read = await asResult(() => readHistory<E>(db, challengeId));
  if (read.ok && read.value.length === 0) return fail('not-found', NOT_FOUND_MESSAGE);
  return read;
}

export async function getSummary<S extends StoredSummary>(
  db: ChallengeDatabase,
  challengeId: string,
): Promise<Result<S>> {
  const read = await asResult(() => db.get('challenges', challengeId));
  if (!read.ok) return read;
  return read.value
    ? { ok: true, value: fromSummaryRow<S>(read.value) }
    : fail('not-found', NOT_FOUND_MESSAGE);
}

export interface RebuildReport {
  rebuilt: number;
  /** Challenges changed while the rebuild ran: their writer already stored a fresh summary. */
  skipped: string[];
  /** Challenges whose history the summariser refused, with its reason; their rows are unchanged. */
  failed: { challengeId: string; message: string }[];
}

/**
 * Re-derive summary rows from the stored histories: after an update changes how summaries are worked
 * out, or when an imported bank-holiday feed or protocol moves deadlines. Reads, works out and writes
 * in three separate steps so no pure work runs inside a transaction.
 */
export async function rebuildSummaries<E extends StoredEvent, S extends StoredSummary>(
  db: ChallengeDatabase,
  deps: ChallengeStoreDeps<E, S>,
  challengeIds?: readonly string[],
): Promise<Result<RebuildReport>> {
  const read = await asResult(async () => {
    if (challengeIds) return Promise.all(challengeIds.map((id) => readHistory<E>(db, id)));
    return groupByChallenge((await db.getAll('events')) as E[]);
  });
  if (!read.ok) return read;

  const report: RebuildReport = { rebuilt: 0, skipped: [], failed: [] };
  const summaries: S[] = [];
  const written: SummaryRow[] = [];
  for (const history of read.value) {
    const challengeId = history[0]?.challengeId;
    if (challengeId === undefined) continue;
    try {
      summaries.push(deps.summarise(history));
    } catch (thrown) {
      report.failed.push({ challengeId, message: thrown instanceof Error ? thrown.message : String(thrown) });
    }
  }

  return asResult(() =>
    withWriteTransaction(
      db,
      ['challenges'],
      async (tx) => {
        const store = tx.objectStore('challenges');
        const currentRows = await Promise.all(summaries.map((summary) => store.get(summary.challengeId)));
        const writes: Promise<unknown>[] = [];
        summaries.forEach((summary, index) => {
          if (currentRows[index]?.seq !== summary.seq) {
            report.skipped.push(summary.challengeId);
            return;
          }
          const row = toSummaryRow(summary);
          written.push(row);
          writes.push(issued(store.put(row)));
          report.rebuilt += 1;
        });
        await Promise.all(writes);
        return report;
      },
      () => ({ put: written, deleted: [] }),
    ),
  );
}

/** Events in [challengeId, seq] key order, split into one history per challenge. */
export function groupByChallenge<E extends StoredEvent>(events: readonly E[]): E[][] {
  const histories: E[][] = [];
  let current: E[] | undefined;
  for (const event of events) {
    if (current?.[0]?.challengeId !== event.challengeId) {
      current = [];
      histories.push(current);
    }
    current.push(event);
  }
  return histories;
}
