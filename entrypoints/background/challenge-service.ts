import { z } from 'zod';
import {
  deriveChallengeState,
  stampEvent,
  type ChallengeEvent,
  type ChallengeSummary,
  type NewChallengeEvent,
} from '@/lib/challenge';
import { fail, ok, type Result } from '@/lib/messaging/result';
import {
  findProtocol,
  parseProtocolFile,
  protocolLabel,
  protocolSchema,
  type Protocol,
  builtInProtocols,
} from '@/lib/protocols';
import {
  appendEvents,
  createChallengeDatabaseConnection,
  createChallengeStoreDeps,
  exportBackup,
  getChallengeEvents,
  getMeta,
  IMPORTED_PROTOCOLS_KEY,
  listChallenges,
  putMeta,
  rebuildSummaries,
  removeImportedProtocol,
  type ListChallengesQuery,
} from '@/lib/store';
import { importBackupData } from './backup-import';
import { now } from './clock';
import { createLockedRecords } from './locked-records';
import { LOCKED_MESSAGE, type LockService } from './lock-service';
import { readManagedPolicy } from './managed-policy';
import { readSettings, readSettingsWithManaged } from './settings-service';

/**
 * The background's challenge records: the only code that opens the database. Every write goes through
 * the domain rules (lib/challenge) and the store's versioned append, so a refused event changes nothing.
 */
export function createChallengeService(onChanged: () => void, lock?: LockService) {
  const connection = createChallengeDatabaseConnection();
  const locked = lock ? createLockedRecords(lock) : undefined;
  /** 'off': plain records; null keys while 'locked'; the keys while 'unlocked'. */
  const lockKeys = async () => {
    const lockState = lock ? await lock.state() : 'off';
    return { lockState, keys: lockState === 'unlocked' ? await lock!.keys() : null };
  };
  const lockedFailure = () => fail('locked', LOCKED_MESSAGE);

  const storedProtocols = async (): Promise<Protocol[]> => {
    const db = await connection.get();
    const stored = await getMeta(db, IMPORTED_PROTOCOLS_KEY, z.array(protocolSchema));
    return stored.ok ? (stored.value ?? []) : [];
  };
  /** The practitioner's imports and IT's policy protocols; the policy's wins when both have an id. */
  const importedProtocols = async (): Promise<Protocol[]> => {
    const [stored, policy] = await Promise.all([storedProtocols(), readManagedPolicy()]);
    return [...stored.filter((p) => !policy.protocols.some((q) => q.id === p.id)), ...policy.protocols];
  };

  const deps = async (at: Date) => {
    const settings = await readSettings();
    return createChallengeStoreDeps({
      now: at,
      importedProtocols: await importedProtocols(),
      hours: settings.workingHours,
    });
  };

  const append = async (
    challengeId: string,
    expectedSeq: number,
    draft: NewChallengeEvent,
  ): Promise<Result<ChallengeSummary>> => {
    const at = await now();
    const event = stampEvent(draft, {
      id: crypto.randomUUID(),
      challengeId,
      seq: expectedSeq + 1,
      at: at.toISOString(),
    }) as ChallengeEvent;
    const db = await connection.get();
    const { lockState, keys } = await lockKeys();
    if (lockState === 'locked' || (lockState === 'unlocked' && !keys)) return lockedFailure();
    const result =
      keys && locked
        ? await locked.append(db, keys, event, expectedSeq, await deps(at))
        : await appendEvents(db, challengeId, expectedSeq, [event], await deps(at));
    if (result.ok) onChanged();
    return result;
  };

  return {
    connection,
    importedProtocols,
    /** For writers outside this service (retention purge, erase) to refresh the badge and alarms. */
    notifyChanged: onChanged,
    async openChallenge(opened: NewChallengeEvent) {
      if (opened.type !== 'opened')
        return fail('invalid', 'A new challenge starts with its opening details.');
      const challengeId = crypto.randomUUID();
      const result = await append(challengeId, -1, opened);
      return result.ok ? ok({ challengeId, seq: result.value.seq }) : result;
    },
    async appendToChallenge(challengeId: string, expectedSeq: number, event: NewChallengeEvent) {
      if (event.type === 'opened') return fail('invalid', 'A challenge can be opened only once.');
      const result = await append(challengeId, expectedSeq, event);
      return result.ok ? ok({ seq: result.value.seq }) : result;
    },
    lock,
    /**
     * The alerts' refresh of rows whose due-soon warning has come. Locked: the rows stay as they are
     * (the deadline fields are in clear; the next unlocked run refreshes them).
     */
    async refreshSummaries(challengeIds: string[], at: Date) {
      const db = await connection.get();
      const { lockState, keys } = await lockKeys();
      if (lockState === 'off' || !locked) return rebuildSummaries(db, await deps(at), challengeIds);
      if (!keys) return ok({ rebuilt: 0, skipped: challengeIds, failed: [] });
      return locked.refresh(db, keys, challengeIds, await deps(at));
    },
    async getChallenge(challengeId: string) {
      const db = await connection.get();
      const { lockState, keys } = await lockKeys();
      if (lockState === 'locked') return lockedFailure();
      const read = await getChallengeEvents<ChallengeEvent>(db, challengeId);
      if (!read.ok) return read;
      const events = keys && locked ? ok(await locked.openAll(keys, read.value)) : read;
      if (!events.ok) return events;
      const opened = events.value[0];
      if (opened?.type !== 'opened')
        return fail('not-found', 'That challenge was not found. It may have been erased.');
      const protocol = findProtocol(opened.protocolId, await importedProtocols());
      if (!protocol)
        return fail(
          'not-found',
          `The protocol "${opened.protocolId}" is not installed; import it in Options.`,
        );
      const at = await now();
      const settings = await readSettings();
      const state = deriveChallengeState(events.value, { protocol, now: at, hours: settings.workingHours });
      return ok({ events: events.value, state, now: at.toISOString() });
    },
    async list(query: ListChallengesQuery) {
      const db = await connection.get();
      const { lockState, keys } = await lockKeys();
      if (lockState === 'off' || !locked) {
        const page = await listChallenges<ChallengeSummary>(db, query);
        return page.ok ? ok({ ...page.value, now: (await now()).toISOString() }) : page;
      }
      // Under the lock the index holds a keyed hash of each reference: a search matches whole references.
      if (query.caseReferencePrefix !== undefined && !keys) return lockedFailure();
      const caseReferencePrefix =
        keys && query.caseReferencePrefix !== undefined
          ? await locked.indexKeyOf(keys, query.caseReferencePrefix)
          : query.caseReferencePrefix;
      const page = await listChallenges<ChallengeSummary>(db, { ...query, caseReferencePrefix });
      if (!page.ok) return page;
      const items = await locked.withCaseReferences(db, keys, page.value.items);
      return ok({ ...page.value, items: items as ChallengeSummary[], now: (await now()).toISOString() });
    },
    /** The challenged quotes on one case, for the content script to highlight again. */
    async highlightsForCase(caseReference: string) {
      const db = await connection.get();
      const { lockState, keys } = await lockKeys();
      if (lockState === 'locked') return [];
      const page = await this.list({ caseReferencePrefix: caseReference, limit: 100 });
      if (!page.ok) return [];
      const highlights = [];
      for (const summary of page.value.items.filter((item) => item.caseReference === caseReference)) {
        const events = await getChallengeEvents<ChallengeEvent>(db, summary.challengeId);
        const first = events.ok ? events.value[0] : undefined;
        const opened = first && keys && locked ? (await locked.openAll(keys, [first]))[0] : first;
        if (opened?.type !== 'opened' || !opened.decision.quote) continue;
        const { quote, prefix = '', suffix = '', position } = opened.decision;
        highlights.push({ challengeId: summary.challengeId, anchor: { quote, prefix, suffix, position } });
      }
      return highlights;
    },
    async listProtocols() {
      const [stored, policy] = await Promise.all([storedProtocols(), readManagedPolicy()]);
      const policyIds = policy.protocols.map((p) => p.id);
      const imported = [...stored.filter((p) => !policyIds.includes(p.id)), ...policy.protocols];
      const builtIn = builtInProtocols.filter((p) => !imported.some((i) => i.id === p.id));
      return ok({ protocols: [...builtIn, ...imported], importedIds: imported.map((p) => p.id), policyIds });
    },
    async importProtocol(fileText: string) {
      const parsed = parseProtocolFile(fileText);
      if (!parsed.ok)
        return fail('invalid', ['The protocol file was not imported:', ...parsed.errors].join('\n'));
      const imported = (await storedProtocols()).filter((p) => p.id !== parsed.protocol.id);
      const db = await connection.get();
      const saved = await putMeta(db, IMPORTED_PROTOCOLS_KEY, [...imported, parsed.protocol]);
      return saved.ok ? ok({ protocolId: parsed.protocol.id }) : saved;
    },
    /**
     * Remove an imported protocol, unless a stored challenge follows it or it is the default (the rules
     * are in lib/protocols/protocol-removal.ts). Allowed while locked: it touches only the protocol list,
     * and the count reads clear fields. No onChanged: no challenge follows a removed protocol, so no
     * deadline, badge or alarm can change, and a removal is not an event on any challenge.
     */
    async removeProtocol(protocolId: string) {
      const [{ settings, managed }, policy] = await Promise.all([
        readSettingsWithManaged(),
        readManagedPolicy(),
      ]);
      const db = await connection.get();
      const removed = await removeImportedProtocol(db, protocolId, {
        policyIds: policy.protocols.map((p) => p.id),
        defaultProtocolId: settings.defaultProtocolId,
        defaultManaged: managed.includes('defaultProtocolId'),
      });
      return removed.ok ? ok({ protocolId, label: protocolLabel(removed.value.removed) }) : removed;
    },
    async exportData() {
      const at = await now();
      const db = await connection.get();
      const backup = await exportBackup<ChallengeEvent>(db, at);
      if (!backup.ok) return backup;
      // Under the lock the events leave sealed as stored, with the wrapped key: the file is encrypted.
      const wrappedKey = lock && (await lock.state()) !== 'off' ? await lock.wrappedKey() : undefined;
      const file = wrappedKey ? { ...backup.value, lock: { wrappedKey } } : backup.value;
      const fileName = `challenge-companion-backup-${at.toISOString().slice(0, 10)}.json`;
      return ok({ fileName, fileText: JSON.stringify(file) });
    },
    async importData(fileText: string, mode: 'replace' | 'merge', passphrase?: string) {
      const db = await connection.get();
      const { lockState, keys } = await lockKeys();
      const at = await now();
      const settings = await readSettings();
      const [stored, policy] = await Promise.all([storedProtocols(), readManagedPolicy()]);
      const context = {
        db,
        lockState,
        keys,
        lock,
        locked,
        installedProtocols: { stored, policy: policy.protocols },
        depsFor: (imported: readonly Protocol[]) =>
          createChallengeStoreDeps({ now: at, importedProtocols: imported, hours: settings.workingHours }),
      };
      const result = await importBackupData(context, fileText, mode, passphrase);
      if (result.ok) onChanged();
      return result;
    },
    /** Turn the lock on: every stored event is sealed (crypto first, then one replacing write). */
    async setUpLock(passphrase: string, autoLockMinutes?: number) {
      if (!lock || !locked) return fail('unavailable', 'The lock is not available here.');
      const prepared = await lock.prepareSetup(passphrase);
      if (!prepared.ok) return prepared;
      const db = await connection.get();
      const sealed = await locked.rewriteAll(db, prepared.value.keys, null, await deps(await now()));
      if (!sealed.ok) return sealed;
      await lock.commitSetup(prepared.value, autoLockMinutes);
      onChanged();
      return ok(await lock.status());
    },
    /** Turn the lock off with the passphrase: every event is opened and stored in clear again. */
    async disableLock(passphrase: string) {
      if (!lock || !locked) return fail('unavailable', 'The lock is not available here.');
      const unlocked = await lock.unlock(passphrase);
      if (!unlocked.ok) return unlocked;
      const db = await connection.get();
      const opened = await locked.rewriteAll(db, null, unlocked.value, await deps(await now()));
      if (!opened.ok) return opened;
      await lock.commitDisable();
      onChanged();
      return ok(await lock.status());
    },
  };
}

export type ChallengeService = ReturnType<typeof createChallengeService>;
