import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { alertIndexFields } from './alert-index-fields';
import type { StoredSummary } from './store-deps';

/**
 * The database's schema history, oldest first. Version N is reached by running steps 1..N in order,
 * so a database last opened by any earlier release upgrades by running only the steps it missed.
 *
 * A step that has shipped is never edited: users' databases were built by it, and the fixtures in
 * tests/unit/store/fixtures/ (one per version) prove every record those databases hold is still found.
 * To change the schema, append a step (version N+1) and a fixture `vN+1.json` built by it.
 *
 * Steps run inside the upgrade's versionchange transaction. They may read and write records through
 * `tx`, but must never await anything that is not an IndexedDB request: the transaction commits as
 * soon as it has nothing to do.
 */
export type UntypedDatabase = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  /** The version this step produces. */
  version: number;
  /** What changed and why, for the next person who reads this list. */
  description: string;
  migrate(db: UntypedDatabase, tx: UpgradeTransaction, oldVersion: number): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description:
      'Events keyed by [challengeId, seq] (append-only history), one summary row per challenge ' +
      'indexed for the badge and the dashboard, and a key-value store for app data.',
    migrate(db) {
      const events = db.createObjectStore('events', { keyPath: ['challengeId', 'seq'] });
      events.createIndex('by-at', 'at');

      // Summary rows. Every listing index ends with challengeId, so each index key is unique: a page
      // ends at an exact key and the next page starts just after it, whatever rows share a deadline.
      const challenges = db.createObjectStore('challenges', { keyPath: 'challengeId' });
      challenges.createIndex('by-status', 'status');
      // "Open with a deadline" is one key range, already in deadline order. Rows whose nextDeadline is
      // null are simply absent from this index.
      challenges.createIndex('by-next-deadline', ['status', 'nextDeadline', 'challengeId']);
      // Normalised case reference (summary-row.ts) so a prefix search ignores case and spaces.
      challenges.createIndex('by-case-reference', ['caseReferenceKey', 'challengeId']);
      // recencyKey sorts most recent first (summary-row.ts).
      challenges.createIndex('by-last-change', ['recencyKey', 'challengeId']);
      // The dashboard's usual first page: one status, most recently changed first.
      challenges.createIndex('by-status-last-change', ['status', 'recencyKey', 'challengeId']);

      db.createObjectStore('meta', { keyPath: 'key' });
    },
  },
  {
    version: 2,
    description:
      'Indexes that let the toolbar badge count instead of reading every open summary: ' +
      '[status, deadline], [status, dueSoonAt], the "partnership must be told" flag and the ' +
      'due-soon instant a row waits for (docs/PERFORMANCE.md, "Badge recompute").',
    async migrate(_db, tx) {
      const challenges = tx.objectStore('challenges');
      challenges.createIndex('by-status-deadline', ['status', 'deadline', 'challengeId']);
      challenges.createIndex('by-status-due-soon', ['status', 'dueSoonAt', 'challengeId']);
      challenges.createIndex('by-needs-partnership', 'needsPartnership');
      challenges.createIndex('by-refresh-at', ['refreshAt', 'challengeId']);
      // Rows written by version 1 lack the two new row-only fields: add them in place.
      let cursor = await challenges.openCursor();
      while (cursor) {
        const row = cursor.value as StoredSummary & Record<string, unknown>;
        await cursor.update({ ...row, ...alertIndexFields(row) });
        cursor = await cursor.continue();
      }
    },
  },
];

/**
 * Run the steps after `oldVersion` up to `targetVersion`, in order. Synchronous steps run at once
 * (inside the upgrade event, while the transaction is certainly active); an asynchronous step's
 * successors start after its requests. A failure aborts the upgrade, leaving the database as it was.
 * The returned promise settles when the last step has finished.
 */
export function runMigrations(
  db: UntypedDatabase,
  tx: UpgradeTransaction,
  oldVersion: number,
  targetVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  const steps = migrations.filter((step) => step.version > oldVersion && step.version <= targetVersion);
  // Abort at once (for a synchronous step: inside the upgrade event, not in a later microtask).
  const fail = (version: number, thrown: unknown): Promise<never> => {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the open request reports the failure.
    }
    return Promise.reject(new MigrationError(version, thrown));
  };
  const runFrom = (first: number): Promise<void> => {
    for (let index = first; index < steps.length; index += 1) {
      const step = steps[index]!;
      let outcome: void | Promise<void>;
      try {
        outcome = step.migrate(db, tx, oldVersion);
      } catch (thrown) {
        return fail(step.version, thrown);
      }
      if (outcome instanceof Promise) {
        return outcome.then(
          () => runFrom(index + 1),
          (thrown: unknown) => fail(step.version, thrown),
        );
      }
    }
    return Promise.resolve();
  };
  return runFrom(0);
}

export class MigrationError extends Error {
  constructor(
    readonly version: number,
    readonly causeError: unknown,
  ) {
    super(
      `Challenge Companion could not update its storage to version ${version} ` +
        `(${causeError instanceof Error ? causeError.message : String(causeError)}). ` +
        'Your records are unchanged; restart the browser and try again.',
    );
    this.name = 'MigrationError';
  }
}
