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
  importBackupText,
  listChallenges,
  putMeta,
  type ListChallengesQuery,
} from '@/lib/store';
import { now } from './clock';
import { readManagedPolicy } from './managed-policy';
import { readSettings } from './settings-service';

const IMPORTED_PROTOCOLS_KEY = 'protocols:imported';

/**
 * The background's challenge records: the only code that opens the database. Every write goes through
 * the domain rules (lib/challenge) and the store's versioned append, so a refused event changes nothing.
 */
export function createChallengeService(onChanged: () => void) {
  const connection = createChallengeDatabaseConnection();

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
    const result = await appendEvents(db, challengeId, expectedSeq, [event], await deps(at));
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
    async getChallenge(challengeId: string) {
      const db = await connection.get();
      const events = await getChallengeEvents<ChallengeEvent>(db, challengeId);
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
      const page = await listChallenges<ChallengeSummary>(db, query);
      return page.ok ? ok({ ...page.value, now: (await now()).toISOString() }) : page;
    },
    /** The challenged quotes on one case, for the content script to highlight again. */
    async highlightsForCase(caseReference: string) {
      const db = await connection.get();
      const page = await listChallenges<ChallengeSummary>(db, {
        caseReferencePrefix: caseReference,
        limit: 100,
      });
      if (!page.ok) return [];
      const highlights = [];
      for (const summary of page.value.items.filter((item) => item.caseReference === caseReference)) {
        const events = await getChallengeEvents<ChallengeEvent>(db, summary.challengeId);
        const opened = events.ok ? events.value[0] : undefined;
        if (opened?.type !== 'opened' || !opened.decision.quote) continue;
        const { quote, prefix = '', suffix = '', position } = opened.decision;
        highlights.push({ challengeId: summary.challengeId, anchor: { quote, prefix, suffix, position } });
      }
      return highlights;
    },
    async listProtocols() {
      const imported = await importedProtocols();
      const builtIn = builtInProtocols.filter((p) => !imported.some((i) => i.id === p.id));
      return ok({ protocols: [...builtIn, ...imported], importedIds: imported.map((p) => p.id) });
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
    async exportData() {
      const at = await now();
      const db = await connection.get();
      const backup = await exportBackup<ChallengeEvent>(db, at);
      if (!backup.ok) return backup;
      const fileName = `challenge-companion-backup-${at.toISOString().slice(0, 10)}.json`;
      return ok({ fileName, fileText: JSON.stringify(backup.value) });
    },
    async importData(fileText: string, mode: 'replace' | 'merge') {
      const db = await connection.get();
      const report = await importBackupText(db, fileText, await deps(await now()), mode);
      if (!report.ok) return report;
      onChanged();
      return ok({ challenges: report.value.challengesAdded, events: 0 });
    },
  };
}

export type ChallengeService = ReturnType<typeof createChallengeService>;
