import { challengeRowsChanged, type ChallengeRowChanges } from './alert-tally';
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import {
  MIGRATIONS,
  runMigrations,
  type Migration,
  type UntypedDatabase,
  type UpgradeTransaction,
} from './migrations';
import type { ChallengeStatus, StoredEvent } from './store-deps';
import { BLOCKED_MESSAGE, StoreFailure } from './store-result';
import type { SummaryRow } from './summary-row';

/**
 * The extension's one IndexedDB database. Only the background service worker opens it (DESIGN.md,
 * "No entrypoint but the background opens the database"); pages ask the background by message.
 */

export const DEFAULT_DATABASE_NAME = 'challenge-companion';
export const DB_VERSION = MIGRATIONS.length;

/** App data that is not a challenge: imported protocols, bank-holiday feeds, notification markers. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface ChallengeDatabaseSchema extends DBSchema {
  events: {
    key: [string, number];
    value: StoredEvent;
    indexes: { 'by-at': string };
  };
  challenges: {
    key: string;
    value: SummaryRow;
    indexes: {
      'by-status': ChallengeStatus;
      'by-next-deadline': [ChallengeStatus, string, string];
      'by-case-reference': [string, string];
      'by-last-change': [string, string];
      'by-status-last-change': [ChallengeStatus, string, string];
      'by-status-deadline': [ChallengeStatus, string, string];
      'by-status-due-soon': [ChallengeStatus, string, string];
      'by-needs-partnership': 0 | 1;
      'by-refresh-at': [string, string];
    };
  };
  meta: {
    key: string;
    value: MetaRecord;
  };
}

export type ChallengeDatabase = IDBPDatabase<ChallengeDatabaseSchema>;
export type ChallengeStoreName = StoreNames<ChallengeDatabaseSchema>;

export interface OpenOptions {
  /** How long to wait for an old connection to let go before giving up with a clear error. */
  blockedTimeoutMs?: number;
  /** This connection was closed so another (newer) one could upgrade, or the browser closed it. */
  onClosed?: () => void;
  /** The schema history to open with; the database's version is its length. Tests add future steps. */
  migrations?: readonly Migration[];
}

const DEFAULT_BLOCKED_TIMEOUT_MS = 5000;

/**
 * Open (creating or upgrading as needed) the database. Never hangs: if an older connection blocks
 * the upgrade and does not close within `blockedTimeoutMs`, this rejects with a `StoreFailure` of kind
 * 'blocked' whose message tells the user what to do. A connection that arrives after that is closed
 * at once, so nobody holds a handle the caller never received.
 */
export function openChallengeDatabase(
  name: string = DEFAULT_DATABASE_NAME,
  factory: IDBFactory = globalThis.indexedDB,
  options: OpenOptions = {},
): Promise<ChallengeDatabase> {
  const blockedTimeoutMs = options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS;
  const migrations = options.migrations ?? MIGRATIONS;
  return new Promise((resolve, reject) => {
    const request = factory.open(name, migrations.length);
    let settled = false;
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    let upgradeFailure: unknown;

    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as UntypedDatabase;
      const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
      // A failed upgrade is reported through the open request; its transaction's rejection is not news.
      tx.done.catch(() => undefined);
      runMigrations(db, tx, event.oldVersion, migrations.length, migrations).catch((thrown: unknown) => {
        upgradeFailure = thrown;
      });
    });
    request.addEventListener('blocked', () => {
      blockedTimer ??= setTimeout(() => {
        settled = true;
        reject(new StoreFailure('blocked', BLOCKED_MESSAGE));
      }, blockedTimeoutMs);
    });
    request.addEventListener('success', () => {
      clearTimeout(blockedTimer);
      const db = wrap(request.result) as unknown as ChallengeDatabase;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      // A newer version (another release's worker) wants to upgrade: let it, and let our owner reopen.
      db.addEventListener('versionchange', () => {
        db.close();
        options.onClosed?.();
      });
      db.addEventListener('close', () => options.onClosed?.());
      resolve(db);
    });
    request.addEventListener('error', (event) => {
      clearTimeout(blockedTimer);
      // Handled here: without this the error would also surface as an uncaught event.
      event.preventDefault();
      if (settled) return;
      settled = true;
      reject(
        upgradeFailure instanceof Error ? new StoreFailure('unknown', upgradeFailure.message) : request.error,
      );
    });
  });
}

export interface ChallengeDatabaseConnection {
  /** The open database, opening it on first use and again after it was closed for an upgrade. */
  get(): Promise<ChallengeDatabase>;
  close(): void;
}

/**
 * One cached connection for the background worker. When the connection is closed under it (a newer
 * version is upgrading, or the browser closed it) the cache is dropped, so the next `get()` reopens
 * rather than using a dead handle; a failed open is not cached either.
 */
export function createChallengeDatabaseConnection(
  name: string = DEFAULT_DATABASE_NAME,
  factory: IDBFactory = globalThis.indexedDB,
  options: Omit<OpenOptions, 'onClosed'> = {},
): ChallengeDatabaseConnection {
  let current: Promise<ChallengeDatabase> | undefined;
  const open = (): Promise<ChallengeDatabase> => {
    const opening = openChallengeDatabase(name, factory, {
      ...options,
      onClosed: () => {
        if (current === opening) current = undefined;
      },
    });
    opening.catch(() => {
      if (current === opening) current = undefined;
    });
    return opening;
  };
  return {
    get() {
      current ??= open();
      return current;
    },
    close() {
      const closing = current;
      current = undefined;
      void closing?.then((db) => db.close()).catch(() => undefined);
    },
  };
}

export type WriteTransaction<Names extends ChallengeStoreName[]> = IDBPTransaction<
  ChallengeDatabaseSchema,
  Names,
  'readwrite'
>;

/**
 * Run `work` in one readwrite transaction with strict durability (the write is on disk before it
 * counts as done: these are audit records). If `work` throws, the transaction is aborted, so nothing
 * it wrote survives; the thrown error is re-thrown, or the transaction's own error when that says
 * more (storage full is often reported only when the transaction commits).
 *
 * `work` must await only IndexedDB requests of `tx`: awaiting anything else lets the transaction
 * commit halfway. Do pure work (rules, summaries, parsing) before calling this. A writer of the
 * challenges store says through `rowChanges` which rows it put or deleted; without it the badge's tally
 * is dropped and reloaded.
 */
export async function withWriteTransaction<Names extends ChallengeStoreName[], T>(
  db: ChallengeDatabase,
  storeNames: Names,
  work: (tx: WriteTransaction<Names>) => Promise<T>,
  rowChanges?: (value: T) => ChallengeRowChanges,
): Promise<T> {
  const tx = db.transaction(storeNames, 'readwrite', { durability: 'strict' });
  try {
    const value = await work(tx);
    await tx.done;
    // The badge's in-memory tally (alert-tally.ts) follows every committed write to the summaries.
    if (storeNames.includes('challenges'))
      challengeRowsChanged(db, rowChanges ? rowChanges(value) : 'unknown');
    return value;
  } catch (thrown) {
    try {
      tx.abort();
    } catch {
      // Already aborted (a failed request aborts it) or already committed.
    }
    const transactionError = await tx.done.then(
      () => undefined,
      (error: unknown) => error,
    );
    throw preferredError(thrown, transactionError);
  }
}

function preferredError(thrown: unknown, transactionError: unknown): unknown {
  const name = (error: unknown) => (error instanceof Object && 'name' in error ? error.name : undefined);
  if (name(transactionError) === 'QuotaExceededError') return transactionError;
  return thrown;
}

/**
 * Mark a request's promise as handled while still returning it for `Promise.all`. When issuing a later
 * write throws synchronously, the transaction aborts and the requests already issued reject; without
 * this, those rejections would surface as unhandled.
 */
export function issued<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}
