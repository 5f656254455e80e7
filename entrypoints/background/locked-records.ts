import type { ChallengeEvent, ChallengeSummary } from '@/lib/challenge';
import {
  caseReferenceIndexKey,
  createSealedDeps,
  isSealedEvent,
  openEvent,
  sealEvent,
  type LockKeys,
  type SealedEvent,
} from '@/lib/crypto';
import { fail, ok, type Result } from '@/lib/messaging/result';
import {
  appendEvents,
  exportBackup,
  getChallengeEvents,
  importBackup,
  parseBackup,
  rebuildSummaries,
  type ChallengeDatabase,
  type ChallengeDeps,
  type ImportMode,
  type ImportOptions,
  type JsonValue,
  type StoredEvent,
} from '@/lib/store';
import { caseReferenceSearchKey } from '@/lib/store/summary-row';
import type { LockService } from './lock-service';

/**
 * The challenge records while the passphrase lock is on: events are opened and sealed here, always
 * before the store opens a transaction (lib/store's rule). Opened events and case references are
 * cached for speed while unlocked; locking clears both. Only the lock's `onLock` is used, so unit tests
 * pass that alone rather than the whole service (which reads browser storage).
 */
export function createLockedRecords(lock: Pick<LockService, 'onLock'>) {
  const opened = new Map<string, ChallengeEvent>();
  const caseReferences = new Map<string, string>();
  lock.onLock(() => {
    opened.clear();
    caseReferences.clear();
  });

  const openOne = async (keys: LockKeys, event: StoredEvent): Promise<ChallengeEvent> => {
    if (!isSealedEvent(event)) return event as ChallengeEvent;
    const cached = opened.get(event.id);
    if (cached) return cached;
    const plain = await openEvent(keys.eventKey, event);
    opened.set(event.id, plain);
    return plain;
  };
  const openAll = (keys: LockKeys, events: readonly StoredEvent[]) =>
    Promise.all(events.map((event) => openOne(keys, event)));
  /** A file's events, opened without the cache: a file may hold other contents under a stored id. */
  const openUncached = (keys: LockKeys | null, events: readonly StoredEvent[]) =>
    Promise.all(
      events.map(async (event) => {
        if (!isSealedEvent(event)) return event as ChallengeEvent;
        if (!keys) throw new Error('A sealed event needs the keys to open.');
        return openEvent(keys.eventKey, event);
      }),
    );

  const indexKeyOf = (keys: LockKeys, reference: string) =>
    caseReferenceIndexKey(keys.indexKey, caseReferenceSearchKey(reference));

  const sealedDepsFor = async (keys: LockKeys, plain: ChallengeDeps, histories: ChallengeEvent[][]) => {
    const caseReferenceKeys = new Map<string, string>();
    for (const history of histories) {
      const first = history[0];
      if (first?.type === 'opened')
        caseReferenceKeys.set(first.challengeId, await indexKeyOf(keys, first.caseReference));
    }
    const byId = new Map(histories.flat().map((event) => [event.id, event]));
    return createSealedDeps({ plain, opened: byId, caseReferenceKeys });
  };

  return {
    openAll,
    indexKeyOf,
    /**
     * Re-derive these challenges' rows with the sealed deps, so each keeps its case-reference index
     * key (a plain rebuild cannot read sealed events). Events are opened before the store's transaction.
     */
    async refresh(db: ChallengeDatabase, keys: LockKeys, challengeIds: string[], plain: ChallengeDeps) {
      const histories: ChallengeEvent[][] = [];
      for (const challengeId of challengeIds) {
        const read = await getChallengeEvents<StoredEvent>(db, challengeId);
        if (!read.ok) return read;
        histories.push(await openAll(keys, read.value));
      }
      const deps = await sealedDepsFor(keys, plain, histories);
      return rebuildSummaries(db, deps, challengeIds);
    },
    async append(
      db: ChallengeDatabase,
      keys: LockKeys,
      event: ChallengeEvent,
      expectedSeq: number,
      plain: ChallengeDeps,
    ): Promise<Result<ChallengeSummary>> {
      const read = await getChallengeEvents<StoredEvent>(db, event.challengeId);
      const history = read.ok ? await openAll(keys, read.value) : [];
      const sealed = await sealEvent(keys.eventKey, event);
      const deps = await sealedDepsFor(keys, plain, [[...history, event]]);
      const result = await appendEvents<SealedEvent, ReturnType<typeof deps.summarise>>(
        db,
        event.challengeId,
        expectedSeq,
        [sealed],
        deps,
      );
      if (!result.ok) return result;
      opened.set(event.id, event);
      const reference =
        (history[0] ?? event).type === 'opened'
          ? ((history[0] ?? event) as { caseReference: string }).caseReference
          : '';
      caseReferences.set(event.challengeId, reference);
      return ok({ ...result.value, caseReference: reference });
    },
    /** Summaries with their case references read back from the opening events (null while locked). */
    async withCaseReferences<S extends { challengeId: string; caseReference: string | null }>(
      db: ChallengeDatabase,
      keys: LockKeys | null,
      items: S[],
    ): Promise<S[]> {
      if (!keys) return items.map((item) => ({ ...item, caseReference: null }));
      return Promise.all(
        items.map(async (item) => {
          if (item.caseReference !== null) return item;
          let reference = caseReferences.get(item.challengeId);
          if (reference === undefined) {
            const events = await getChallengeEvents<StoredEvent>(db, item.challengeId);
            const first = events.ok && events.value[0] ? await openOne(keys, events.value[0]) : undefined;
            reference = first?.type === 'opened' ? first.caseReference : '';
            caseReferences.set(item.challengeId, reference);
          }
          return { ...item, caseReference: reference };
        }),
      );
    },
    /**
     * Every stored event sealed (`keys` given) or opened (`keys` null, `current` the keys to open with),
     * written back with the app data in one replacing transaction. All crypto runs first. With `extra`,
     * a backup's challenges and app data join (merge) or replace the stored ones; in a merge a challenge
     * already stored with the same events (compared opened, so re-sealing does not matter) is left as it
     * is, and one with a different history refuses the whole import.
     */
    async rewriteAll(
      db: ChallengeDatabase,
      target: LockKeys | null,
      current: LockKeys | null,
      plain: ChallengeDeps,
      extra?: { file: IncomingBackup; mode: ImportMode } & ImportOptions,
    ): Promise<Result<{ challenges: number }>> {
      const exported = await exportBackup<StoredEvent>(db);
      if (!exported.ok) return exported;
      const stored = extra?.mode === 'replace' ? [] : exported.value.challenges;
      const histories: ChallengeEvent[][] = [];
      try {
        for (const challenge of stored) {
          const anySealed = challenge.events.some(isSealedEvent);
          if (anySealed && !current)
            return fail('locked', 'The records are encrypted and the lock is locked.');
          histories.push(
            current ? await openAll(current, challenge.events) : (challenge.events as ChallengeEvent[]),
          );
        }
        const clashes: string[] = [];
        for (const [index, challenge] of (extra?.file.challenges ?? []).entries()) {
          const incoming = await openUncached(current, challenge.events);
          const already = histories.find((history) => history[0]?.challengeId === challenge.challengeId);
          if (!already) histories.push(incoming);
          else if (!sameHistory(already, incoming))
            clashes.push(`challenges[${index}] ("${challenge.challengeId}")`);
        }
        if (clashes.length > 0)
          return fail(
            'conflict',
            `Nothing was imported: ${clashes.slice(0, 10).join(', ')} already stored with a different ` +
              'history. Import with "replace" to make the backup your whole record (export a backup of ' +
              'the current records first), or import into a fresh profile.',
          );
      } catch {
        return fail('invalid', UNREADABLE_BACKUP);
      }
      const events = target
        ? await Promise.all(
            histories.map((history) => Promise.all(history.map((e) => sealEvent(target.eventKey, e)))),
          )
        : histories;
      const deps = target ? await sealedDepsFor(target, plain, histories) : plain;
      const rewritten = {
        ...exported.value,
        challenges: events.map((history) => ({ challengeId: history[0]!.challengeId, events: history })),
        meta: mergedMeta(exported.value.meta, extra),
      };
      const parsed = parseBackup(rewritten, deps as ChallengeDeps);
      if (!parsed.ok)
        return fail('invalid', ['Nothing was changed:', ...parsed.errors.slice(0, 10)].join('\n'));
      const written = await importBackup(db, parsed.backup, 'replace', { putMeta: extra?.putMeta });
      if (!written.ok) return written;
      opened.clear();
      caseReferences.clear();
      return ok({ challenges: extra ? histories.length - stored.length : rewritten.challenges.length });
    },
    /**
     * Restore an encrypted backup under its own key (`keys`, unwrapped from the file): every event is
     * opened first (a box that does not open refuses the file), the rules replay the opened histories,
     * and the sealed events are stored exactly as the file holds them. `plain` must already know the
     * file's imported protocols, and `options.putMeta` writes them in the same transaction
     * (backup-import.ts, lib/store/backup-protocols.ts).
     */
    async importSealed(
      db: ChallengeDatabase,
      keys: LockKeys,
      file: IncomingBackup,
      mode: ImportMode,
      plain: ChallengeDeps,
      options: ImportOptions = {},
    ): Promise<Result<{ challenges: number }>> {
      const histories: ChallengeEvent[][] = [];
      try {
        for (const challenge of file.challenges) histories.push(await openUncached(keys, challenge.events));
      } catch {
        return fail('invalid', UNREADABLE_BACKUP);
      }
      const deps = await sealedDepsFor(keys, plain, histories);
      const parsed = parseBackup(file, deps);
      if (!parsed.ok)
        return fail(
          'invalid',
          ['The backup was not imported and nothing was changed:', ...parsed.errors.slice(0, 10)].join('\n'),
        );
      const written = await importBackup(db, parsed.backup, mode, options);
      opened.clear();
      caseReferences.clear();
      return written.ok ? ok({ challenges: written.value.challengesAdded }) : written;
    },
  };
}

export type LockedRecords = ReturnType<typeof createLockedRecords>;

/** A backup's parts these functions read; the whole file is checked by `parseBackup` before writing. */
export interface IncomingBackup {
  challenges: { challengeId: string; events: StoredEvent[] }[];
  meta?: { key: string; value: JsonValue }[];
}

const UNREADABLE_BACKUP =
  'The backup’s records do not open with its key: the file was changed or damaged. Nothing was changed.';

/** Replace: the file's app data. Merge: the stored app data, and the file's under keys not stored. */
function mergedMeta(
  stored: { key: string; value: JsonValue }[],
  extra: { file: IncomingBackup; mode: ImportMode } | undefined,
) {
  if (!extra) return stored;
  const incoming = extra.file.meta ?? [];
  if (extra.mode === 'replace') return incoming;
  const storedKeys = new Set(stored.map((item) => item.key));
  return [...stored, ...incoming.filter((item) => !storedKeys.has(item.key))];
}

/** The same events, compared opened: ids and numbering first, then the contents key by key. */
function sameHistory(a: readonly ChallengeEvent[], b: readonly ChallengeEvent[]): boolean {
  return (
    a.length === b.length &&
    a.every((event, index) => {
      const other = b[index]!;
      return (
        event.id === other.id && event.seq === other.seq && canonicalJson(event) === canonicalJson(other)
      );
    })
  );
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : item,
  );
}
