import type { ChallengeDatabase } from './database';
import type { StoredEvent, StoredSummary } from './store-deps';
import { asResult, ok, type Result } from './store-result';

export interface HistoryPassOptions<E extends StoredEvent, S extends StoredSummary> {
  /**
   * Which challenges to visit, judged on their summary row (read first, in one request); all when absent.
   * The others' events are still read in the pass, but never gathered or handed on.
   */
  wanted?: (summary: S) => boolean;
  /** Called once per wanted challenge with its whole history, oldest first, in challenge-id order. */
  visit: (history: E[]) => void | Promise<void>;
  /** Events read per request. */
  pageSize?: number;
}

const DEFAULT_PAGE_SIZE = 2000;

/**
 * One pass over every stored event, for work that needs each history once (the monitoring figures).
 * Events are keyed [challengeId, seq], so reading them in key order meets each history whole and in
 * order. Pages come from getAll(range, count) — one request each, much cheaper than a cursor step per
 * event — and a history that spans two pages is carried over. Each page is its own read: `visit` may
 * await other work (opening sealed events) without a transaction closing under it. Resolves with the
 * number of histories visited; what `visit` throws is thrown on.
 */
export async function forEachHistory<E extends StoredEvent, S extends StoredSummary = StoredSummary>(
  db: ChallengeDatabase,
  options: HistoryPassOptions<E, S>,
): Promise<Result<number>> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  let wanted: Set<string> | null = null;
  if (options.wanted) {
    const rows = await asResult(() => db.getAll('challenges'));
    if (!rows.ok) return rows;
    // A row is its summary plus index-only fields (summary-row.ts); every row here was written from an S.
    const isWanted = options.wanted as (row: unknown) => boolean;
    wanted = new Set(rows.value.filter((row) => isWanted(row)).map((row) => row.challengeId));
    if (wanted.size === 0) return ok(0);
  }
  let visited = 0;
  let history: E[] = [];
  // What `visit` throws is the caller's to handle: only the store's own failures become a Result.
  const finish = async () => {
    if (history.length === 0) return;
    const whole = history;
    history = [];
    visited += 1;
    await options.visit(whole);
  };
  let after: [string, number] | null = null;
  for (;;) {
    const range = after ? IDBKeyRange.lowerBound(after, true) : undefined;
    const page = await asResult(() => db.getAll('events', range, pageSize));
    if (!page.ok) return page;
    // Every stored event was parsed with the event schema before it was written.
    const events = page.value as E[];
    for (const event of events) {
      if (history.length > 0 && history[0]!.challengeId !== event.challengeId) await finish();
      if (wanted === null || wanted.has(event.challengeId)) history.push(event);
    }
    const last = events.at(-1);
    if (events.length < pageSize || last === undefined) break;
    after = [last.challengeId, last.seq];
  }
  await finish();
  return ok(visited);
}
