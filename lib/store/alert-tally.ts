import type { AlertCounts } from './alert-counts';
import type { ChallengeDatabase } from './database';
import type { SummaryRow } from './summary-row';

/**
 * The badge's numbers kept in memory (docs/PERFORMANCE.md, "Badge recompute"): per challenge that can
 * alert, only its deadline, due-soon instant and whether the partnership must be told. Counting them is
 * a pass over a few thousand numbers; Chromium's IDBIndex.count walks every entry it counts instead.
 *
 * Loaded once per database connection (one read transaction over index keys, no summary values), then
 * kept in step by withWriteTransaction, which reports every committed write to the challenges store: the
 * rows it put and the ids it deleted, or 'unknown' (an import, an erase, any writer that does not say),
 * which drops the tally so that the next recompute counts on the indexes and loads it again.
 */

/** What a committed write did to the challenges store. */
export type ChallengeRowChanges = { put: readonly SummaryRow[]; deleted: readonly string[] } | 'unknown';

interface TallyEntry {
  /** Epoch ms of the open stage's deadline; NaN when the challenge is not open or has none. */
  deadline: number;
  /** Epoch ms of the due-soon warning; NaN when there is none. */
  dueSoonAt: number;
  untold: boolean;
}

interface TallyState {
  entries: Map<string, TallyEntry> | null;
  /** Bumped by every committed write, so a load that overlapped one is not kept. */
  generation: number;
}

const states = new WeakMap<ChallengeDatabase, TallyState>();

function stateOf(db: ChallengeDatabase): TallyState {
  let state = states.get(db);
  if (!state) {
    state = { entries: null, generation: 0 };
    states.set(db, state);
  }
  return state;
}

const epoch = (instant: string | null | undefined): number =>
  instant === null || instant === undefined ? Number.NaN : Date.parse(instant);

/** The entry a row contributes, or null when it can never alert (not open with a deadline, nothing untold). */
export function tallyEntryOf(
  row: Pick<SummaryRow, 'status' | 'deadline' | 'dueSoonAt' | 'needsPartnership'>,
) {
  const open = row.status === 'open' && row.deadline !== null && row.deadline !== undefined;
  const untold = row.needsPartnership === 1;
  if (!open && !untold) return null;
  return {
    deadline: open ? epoch(row.deadline) : Number.NaN,
    dueSoonAt: open ? epoch(row.dueSoonAt) : Number.NaN,
    untold,
  } satisfies TallyEntry;
}

/** Called by withWriteTransaction after a write including the challenges store has committed. */
export function challengeRowsChanged(db: ChallengeDatabase, changes: ChallengeRowChanges): void {
  const state = stateOf(db);
  state.generation += 1;
  if (state.entries === null) return;
  if (changes === 'unknown') {
    state.entries = null;
    return;
  }
  for (const id of changes.deleted) state.entries.delete(id);
  for (const row of changes.put) {
    const entry = tallyEntryOf(row);
    if (entry) state.entries.set(row.challengeId, entry);
    else state.entries.delete(row.challengeId);
  }
}

/**
 * The badge counts from the tally, or null when it is not loaded. The same definitions as
 * lib/alerts/alert-state.ts stageAlert: overdue from the deadline instant; due soon from the warning, or
 * a deadline later on today's London day (before `nextMidnight`, the next London midnight).
 */
export function countFromTally(db: ChallengeDatabase, now: Date, nextMidnight: Date): AlertCounts | null {
  const entries = states.get(db)?.entries;
  if (!entries) return null;
  const at = now.getTime();
  const midnight = nextMidnight.getTime();
  const counts: AlertCounts = { overdue: 0, dueSoon: 0, untold: 0 };
  for (const entry of entries.values()) {
    if (entry.untold) counts.untold += 1;
    // NaN compares false, so a closed challenge counts for nothing here.
    if (at >= entry.deadline) counts.overdue += 1;
    else if (at >= entry.dueSoonAt || entry.deadline < midnight) counts.dueSoon += 1;
  }
  return counts;
}

/**
 * Load the tally if it is not loaded: index keys only ([status, instant, challengeId] of open rows, and
 * the ids of untold rows), in one read transaction. Not kept if a write committed meanwhile.
 */
export async function loadAlertTally(db: ChallengeDatabase): Promise<void> {
  const state = stateOf(db);
  if (state.entries !== null) return;
  const generation = state.generation;
  const tx = db.transaction('challenges', 'readonly');
  const open = IDBKeyRange.bound(['open'], ['open', []]);
  const instants = async (index: 'by-status-deadline' | 'by-status-due-soon') => {
    const found = new Map<string, number>();
    for (
      let cursor = await tx.store.index(index).openKeyCursor(open);
      cursor;
      cursor = await cursor.continue()
    ) {
      found.set(cursor.primaryKey, epoch(cursor.key[1]));
    }
    return found;
  };
  const [deadlines, warnings, untoldIds] = await Promise.all([
    instants('by-status-deadline'),
    instants('by-status-due-soon'),
    tx.store.index('by-needs-partnership').getAllKeys(1),
  ]);
  if (state.generation !== generation || state.entries !== null) return;
  const entries = new Map<string, TallyEntry>();
  for (const [id, deadline] of deadlines) {
    entries.set(id, { deadline, dueSoonAt: warnings.get(id) ?? Number.NaN, untold: false });
  }
  for (const id of untoldIds) {
    const entry = entries.get(id);
    if (entry) entry.untold = true;
    else entries.set(id, { deadline: Number.NaN, dueSoonAt: Number.NaN, untold: true });
  }
  state.entries = entries;
}
