import { issued, withWriteTransaction, type ChallengeDatabase } from './database';
import { groupByChallenge } from './challenge-repository';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  parseBackupText,
  type BackupFile,
  type ValidatedBackup,
} from './backup-format';
import type { JsonValue } from './meta-repository';
import type { ChallengeStoreDeps, StoredEvent, StoredSummary } from './store-deps';
import { asResult, fail, StoreFailure, type Result } from './store-result';
import { toSummaryRow } from './summary-row';

/**
 * Export everything to one file and bring it back. Import is all or nothing: it takes only a backup
 * `parseBackup` checked, and writes it in one transaction, so a failure part-way (storage full, a
 * conflict found in merge mode) leaves the records exactly as they were.
 */

/** Every challenge's history and all app data, read in one transaction so the file is consistent. */
export async function exportBackup<E extends StoredEvent>(
  db: ChallengeDatabase,
  now: Date = new Date(),
): Promise<Result<BackupFile<E>>> {
  return asResult(async () => {
    const tx = db.transaction(['events', 'meta'], 'readonly');
    const [events, meta] = await Promise.all([
      tx.objectStore('events').getAll(),
      tx.objectStore('meta').getAll(),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      challenges: groupByChallenge(events as E[]).map((history) => ({
        challengeId: history[0]!.challengeId,
        events: history,
      })),
      meta: meta.map(({ key, value }) => ({ key, value: value as JsonValue })),
    };
  });
}

/**
 * 'replace': the backup becomes the whole store (everything not in it is gone).
 * 'merge': the backup's challenges are added beside the stored ones. A challenge already stored with
 * the same history is left as it is; one stored with a different history refuses the whole import,
 * naming it. App data already stored under a key is kept.
 */
export type ImportMode = 'replace' | 'merge';

export interface ImportReport {
  challengesAdded: number;
  /** Challenges the store already held with exactly the same history. */
  challengesAlreadyStored: number;
  metaAdded: number;
  /** App data keys the store already held (merge keeps the stored value). */
  metaKept: string[];
}

/**
 * App data the import itself worked out (the merged imported protocols, backup-protocols.ts), written
 * over the stored value in either mode and in the same transaction; the file's own item under the
 * same key is not written.
 */
export interface ImportOptions {
  putMeta?: readonly { key: string; value: JsonValue }[];
}

export async function importBackup<E extends StoredEvent, S extends StoredSummary>(
  db: ChallengeDatabase,
  backup: ValidatedBackup<E, S>,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<Result<ImportReport>> {
  const { file, summaries } = backup;
  const putMeta = options.putMeta ?? [];
  const fileMeta = file.meta.filter((item) => !putMeta.some((put) => put.key === item.key));
  return asResult(() =>
    withWriteTransaction(db, ['events', 'challenges', 'meta'], async (tx) => {
      const events = tx.objectStore('events');
      const challenges = tx.objectStore('challenges');
      const meta = tx.objectStore('meta');
      const report: ImportReport = {
        challengesAdded: 0,
        challengesAlreadyStored: 0,
        metaAdded: 0,
        metaKept: [],
      };

      let toAdd = file.challenges.map((challenge, index) => ({
        challenge,
        summary: summaries[index]!,
        index,
      }));
      let metaToAdd = fileMeta;
      if (mode === 'replace') {
        await Promise.all([events.clear(), challenges.clear(), meta.clear()]);
      } else {
        const stored = await Promise.all(
          toAdd.map(({ challenge }) =>
            challenges
              .getKey(challenge.challengeId)
              .then((key) =>
                key === undefined
                  ? undefined
                  : events.getAll(
                      IDBKeyRange.bound(
                        [challenge.challengeId, -Infinity],
                        [challenge.challengeId, Infinity],
                      ),
                    ),
              ),
          ),
        );
        const clashes: string[] = [];
        toAdd = toAdd.filter(({ challenge, index }, position) => {
          const history = stored[position];
          if (history === undefined) return true;
          if (sameJson(history, challenge.events)) report.challengesAlreadyStored += 1;
          else clashes.push(`challenges[${index}] ("${challenge.challengeId}")`);
          return false;
        });
        if (clashes.length > 0) throw new StoreFailure('conflict', describeClashes(clashes));
        const storedMetaKeys = await Promise.all(fileMeta.map((item) => meta.getKey(item.key)));
        metaToAdd = fileMeta.filter((item, index) => {
          if (storedMetaKeys[index] === undefined) return true;
          report.metaKept.push(item.key);
          return false;
        });
      }

      const writes: Promise<unknown>[] = [];
      for (const { challenge, summary } of toAdd) {
        for (const event of challenge.events) writes.push(issued(events.add(event)));
        writes.push(issued(challenges.add(toSummaryRow(summary))));
      }
      for (const item of metaToAdd) writes.push(issued(meta.add({ key: item.key, value: item.value })));
      for (const item of putMeta) writes.push(issued(meta.put({ key: item.key, value: item.value })));
      await Promise.all(writes);
      report.challengesAdded = toAdd.length;
      report.metaAdded = metaToAdd.length + putMeta.length;
      return report;
    }),
  );
}

/**
 * The whole import as the user starts it: read the file's text, check every item, then write it all or
 * nothing. A file with problems writes nothing and its message lists them, one line per item.
 */
export async function importBackupText<E extends StoredEvent, S extends StoredSummary>(
  db: ChallengeDatabase,
  text: string,
  deps: ChallengeStoreDeps<E, S>,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<Result<ImportReport>> {
  const parsed = parseBackupText(text, deps);
  if (!parsed.ok) {
    return fail(
      'invalid',
      ['The backup was not imported and nothing was changed:', ...parsed.errors].join('\n'),
    );
  }
  return importBackup(db, parsed.backup, mode, options);
}

function describeClashes(clashes: string[]): string {
  const listed = clashes.slice(0, 10).join(', ');
  const more = clashes.length > 10 ? ` and ${clashes.length - 10} more` : '';
  return (
    `Nothing was imported: ${listed}${more} ${clashes.length === 1 ? 'is' : 'are'} already stored with a ` +
    'different history. Import with "replace" to make the backup your whole record (export a backup of ' +
    'the current records first), or import into a fresh profile.'
  );
}

/** Erase every challenge and all app data, in one transaction. The user's explicit erase only. */
export async function wipeAll(db: ChallengeDatabase): Promise<Result<void>> {
  return asResult(() =>
    withWriteTransaction(db, ['events', 'challenges', 'meta'], async (tx) => {
      await Promise.all([
        tx.objectStore('events').clear(),
        tx.objectStore('challenges').clear(),
        tx.objectStore('meta').clear(),
      ]);
    }),
  );
}

/** Equal as JSON whatever the order of object keys (a stored record and a parsed file may differ in it). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}
