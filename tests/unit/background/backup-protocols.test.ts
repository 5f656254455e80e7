import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createLockedRecords } from '@/entrypoints/background/locked-records';
import type { ChallengeEvent } from '@/lib/challenge';
import { createWrappedKey, sealEvent } from '@/lib/crypto';
import { parseProtocolFile, type Protocol } from '@/lib/protocols';
import {
  createChallengeStoreDeps,
  resolveBackupProtocols,
  type BackupFile,
  type ChallengeDatabase,
} from '@/lib/store';
import { drafts, openedDraft } from '../challenge/challenge-builders';
import { readProtocolFixture } from '../protocols/protocol-fixtures';

/**
 * Restoring a backup whose challenges follow a protocol the practitioner imported (not built in) into
 * a profile that never imported it: the background's real service over fake-indexeddb, with only
 * browser.storage faked (settings, the test clock and the managed policy live there).
 */
vi.mock('wxt/browser', () => import('./fake-storage-browser'));
const { localArea: local } = await import('./fake-storage-browser');

const { createChallengeService } = await import('@/entrypoints/background/challenge-service');
const { importBackupData } = await import('@/entrypoints/background/backup-import');

const PROTOCOL_TEXT = readProtocolFixture('valid-custom.json');
const custom = (): Protocol => {
  const parsed = parseProtocolFile(PROTOCOL_TEXT);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.protocol;
};
const PASSPHRASE = 'correct horse battery staple';

beforeEach(() => local.clear());

/** A browser profile: its own IndexedDB, and the background's challenge service over it. */
function profile() {
  globalThis.indexedDB = new IDBFactory();
  return createChallengeService(() => undefined);
}

async function snapshot(db: ChallengeDatabase) {
  return {
    events: await db.getAll('events'),
    challenges: await db.getAll('challenges'),
    meta: await db.getAll('meta'),
  };
}

/** Profile A imports the partnership's protocol, opens a challenge under it, escalates to Stage 3, exports. */
async function backupWithImportedProtocol() {
  const a = profile();
  expect(await a.importProtocol(PROTOCOL_TEXT)).toMatchObject({ ok: true });
  const opened = await a.openChallenge(openedDraft(custom(), { caseReference: 'NS-2025-0042' }));
  if (!opened.ok) throw new Error(opened.error.message);
  let seq = opened.value.seq;
  for (const toStage of [2, 3]) {
    const escalated = await a.appendToChallenge(opened.value.challengeId, seq, drafts.escalate(toStage));
    if (!escalated.ok) throw new Error(escalated.error.message);
    seq = escalated.value.seq;
  }
  const exported = await a.exportData();
  if (!exported.ok) throw new Error(exported.error.message);
  const file = JSON.parse(exported.value.fileText) as BackupFile<ChallengeEvent>;
  return { file, challengeId: opened.value.challengeId };
}

/** The file's `protocols:imported` item: where it is in `meta`, and its list to tamper with. */
const protocolsIn = (file: Pick<BackupFile<unknown>, 'meta'>) => {
  const index = file.meta.findIndex((item) => item.key === 'protocols:imported');
  return { index, list: file.meta[index]!.value as unknown as Record<string, unknown>[] };
};

describe('a backup that carries an imported protocol', () => {
  test.each(['merge', 'replace'] as const)(
    '%s into an empty profile: the challenge is checked with the file’s protocol, and both are installed',
    async (mode) => {
      const { file, challengeId } = await backupWithImportedProtocol();
      expect(protocolsIn(file).list.map((p) => p['id'])).toEqual([custom().id]);

      const b = profile();
      expect((await b.listProtocols()).ok && (await b.listProtocols())).not.toMatchObject({
        value: { importedIds: [custom().id] },
      });
      const restored = await b.importData(JSON.stringify(file), mode);
      expect(restored).toEqual({ ok: true, value: { challenges: 1, events: 0 } });

      const listed = await b.listProtocols();
      expect(listed.ok && listed.value.importedIds).toEqual([custom().id]);
      expect(listed.ok && listed.value.protocols.find((p) => p.id === custom().id)).toEqual(custom());
      const page = await b.list({ limit: 10 });
      expect(page.ok && page.value.items.map((i) => [i.challengeId, i.protocolId, i.currentStage])).toEqual([
        [challengeId, custom().id, 3],
      ]);
      // The challenge opens, under the protocol whose name the lists show.
      const read = await b.getChallenge(challengeId);
      const protocolId = read.ok ? read.value.state.protocolId : '';
      expect(listed.ok && listed.value.protocols.find((p) => p.id === protocolId)?.name).toBe(custom().name);
    },
  );

  test('a protocol the schema refuses (tampered) refuses the file: no protocol, no challenge is written', async () => {
    const { file } = await backupWithImportedProtocol();
    const { index, list } = protocolsIn(file);
    (list[0]!['stages'] as Record<string, unknown>[])[1]!['timeframe'] = { kind: 'working-days', days: -1 };
    delete list[0]!['name'];

    const b = profile();
    const db = await b.connection.get();
    await b.openChallenge(openedDraft(custom(), { protocolId: 'darlington-dsp-2024' }));
    const before = await snapshot(db);
    for (const mode of ['merge', 'replace'] as const) {
      const result = await b.importData(JSON.stringify(file), mode);
      expect(result.ok).toBe(false);
      const message = result.ok ? '' : result.error.message;
      expect(message).toMatch(/^The backup was not imported and nothing was changed:\n/);
      expect(message).toContain(`meta[${index}].value[0].name: is required`);
      expect(message).toContain(`meta[${index}].value[0].stages[1].timeframe`);
      expect(await snapshot(db)).toEqual(before);
    }
    const listed = await b.listProtocols();
    expect(listed.ok && listed.value.importedIds).toEqual([]);
  });

  test('a valid protocol the file’s own challenge breaks: refused whole, the protocol is not installed', async () => {
    const { file } = await backupWithImportedProtocol();
    // Two stages only, under a new version: the protocol parses, but the challenge is at Stage 3.
    const { list } = protocolsIn(file);
    list[0]!['stages'] = (list[0]!['stages'] as unknown[]).slice(0, 2);
    list[0]!['reportingThresholdStage'] = 2;
    (list[0]!['recordingTool'] as Record<string, unknown>)['usedAtStage'] = 2;
    list[0]!['version'] = '1.0-short';
    expect(parseProtocolFile(list[0]).ok).toBe(true);

    const b = profile();
    const db = await b.connection.get();
    const result = await b.importData(JSON.stringify(file), 'replace');
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/challenges\[0\]/) } });
    expect(await snapshot(db)).toEqual({ events: [], challenges: [], meta: [] });
  });

  test('the same id and version with other content is refused, naming the field; identical is accepted', async () => {
    const { file, challengeId } = await backupWithImportedProtocol();
    const b = profile();
    const db = await b.connection.get();
    const installed = JSON.parse(PROTOCOL_TEXT) as Record<string, unknown>;
    installed['partnership'] = 'Northshire Safeguarding Partnership (edited)';
    expect(await b.importProtocol(JSON.stringify(installed))).toMatchObject({ ok: true });
    const before = await snapshot(db);
    const { index } = protocolsIn(file);

    for (const mode of ['merge', 'replace'] as const) {
      const result = await b.importData(JSON.stringify(file), mode);
      const message = result.ok ? '' : result.error.message;
      expect(message).toContain(
        `meta[${index}].value[0].partnership: protocol "${custom().id}" version "${custom().version}" ` +
          'differs from the one imported in this browser under the same id and version.',
      );
      expect(await snapshot(db)).toEqual(before);
    }

    // The partnership's file as issued: identical to the backup's copy, so the restore goes through.
    expect(await b.importProtocol(PROTOCOL_TEXT)).toMatchObject({ ok: true });
    expect(await b.importData(JSON.stringify(file), 'merge')).toMatchObject({ ok: true });
    const listed = await b.listProtocols();
    expect(listed.ok && listed.value.importedIds).toEqual([custom().id]);
    expect((await b.getChallenge(challengeId)).ok).toBe(true);
  });

  test('a merge keeps protocols installed here beside the file’s; a replace keeps them too', async () => {
    const { file } = await backupWithImportedProtocol();
    const other = { ...(JSON.parse(PROTOCOL_TEXT) as Record<string, unknown>), id: 'westshire-2025' };
    for (const mode of ['merge', 'replace'] as const) {
      const b = profile();
      expect(await b.importProtocol(JSON.stringify(other))).toMatchObject({ ok: true });
      expect(await b.importData(JSON.stringify(file), mode)).toMatchObject({ ok: true });
      const listed = await b.listProtocols();
      expect(listed.ok && listed.value.importedIds.toSorted()).toEqual([custom().id, 'westshire-2025']);
    }
  });
});

describe('an encrypted backup restored with its passphrase (importSealed)', () => {
  /** The same backup, its events sealed under a new lock, as profile A exports it with the lock on. */
  async function sealedBackup() {
    const { file, challengeId } = await backupWithImportedProtocol();
    const { keys, wrappedKey } = await createWrappedKey(PASSPHRASE);
    const challenges = await Promise.all(
      file.challenges.map(async (c) => ({
        ...c,
        events: await Promise.all(c.events.map((e) => sealEvent(keys.eventKey, e))),
      })),
    );
    return { file: { ...file, challenges, lock: { wrappedKey } }, challengeId };
  }

  function restoreContext(db: ChallengeDatabase, stored: Protocol[] = []) {
    const lock = {
      onLock: () => undefined,
      wrappedKey: async () => undefined,
      commitSetup: vi.fn(async () => undefined),
    };
    return {
      lock,
      context: {
        db,
        lockState: 'off' as const,
        keys: null,
        lock: lock as never,
        locked: createLockedRecords(lock),
        installedProtocols: { stored, policy: [] },
        depsFor: (imported: readonly Protocol[]) =>
          createChallengeStoreDeps({ now: new Date(), importedProtocols: imported }),
      },
    };
  }

  test('restores into an empty profile: the file’s protocol is used by the rules and installed', async () => {
    const { file } = await sealedBackup();
    const b = profile();
    const db = await b.connection.get();
    const { context, lock } = restoreContext(db);
    const result = await importBackupData(context, JSON.stringify(file), 'merge', PASSPHRASE);
    expect(result).toEqual({ ok: true, value: { challenges: 1, events: 0 } });
    expect(lock.commitSetup).toHaveBeenCalledOnce();
    expect(await db.get('meta', 'protocols:imported')).toEqual({
      key: 'protocols:imported',
      value: [custom()],
    });
    expect((await db.getAll('events')).every((event) => 'sealed' in event)).toBe(true);
  });

  test('a tampered or conflicting protocol refuses it before the lock is taken; nothing is written', async () => {
    const { file } = await sealedBackup();
    const { index, list } = protocolsIn(file);
    const tampered = structuredClone(file);
    protocolsIn(tampered).list[0]!['covers'] = ['everyone'];
    const edited = { ...custom(), name: 'Another name, same version' };

    for (const [text, stored, field] of [
      [JSON.stringify(tampered), [], 'covers[0]'],
      [JSON.stringify(file), [edited], 'name'],
    ] as const) {
      const b = profile();
      const db = await b.connection.get();
      const { context, lock } = restoreContext(db, [...stored]);
      const result = await importBackupData(context, text, 'replace', PASSPHRASE);
      expect(result).toMatchObject({
        ok: false,
        error: { kind: 'invalid', message: expect.stringContaining(`meta[${index}].value[0].${field}`) },
      });
      expect(lock.commitSetup).not.toHaveBeenCalled();
      expect(await snapshot(db)).toEqual({ events: [], challenges: [], meta: [] });
    }
    expect(list).toHaveLength(1);
  });

  test('a plain backup imported while this profile’s lock is on (every record re-sealed) gets the same', async () => {
    const { file, challengeId } = await backupWithImportedProtocol();
    const { keys } = await createWrappedKey(PASSPHRASE);
    const b = profile();
    const db = await b.connection.get();
    const { context } = restoreContext(db);
    const unlocked = { ...context, lockState: 'unlocked' as const, keys };

    const tampered = structuredClone(file);
    delete protocolsIn(tampered).list[0]!['stages'];
    const refused = await importBackupData(unlocked, JSON.stringify(tampered), 'merge');
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining(`meta[${protocolsIn(file).index}].value[0].stages: is required`),
      },
    });
    expect(await snapshot(db)).toEqual({ events: [], challenges: [], meta: [] });

    expect(await importBackupData(unlocked, JSON.stringify(file), 'merge')).toEqual({
      ok: true,
      value: { challenges: 1, events: 0 },
    });
    expect((await db.get('meta', 'protocols:imported'))?.value).toEqual([custom()]);
    const stored = await db.getAll('events');
    expect(stored.map((event) => [event.challengeId, 'sealed' in event])).toEqual(
      stored.map(() => [challengeId, true]),
    );
  });
});

describe('resolveBackupProtocols', () => {
  const fileWith = (value: unknown) => ({ meta: [{ key: 'protocols:imported', value }] });

  test('a policy protocol with the same id and version and other content is a conflict too', () => {
    const policy = { ...custom(), stages: custom().stages.slice(0, 3) };
    const result = resolveBackupProtocols(fileWith([custom()]), { stored: [], policy: [policy] }, 'replace');
    expect(result).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^meta\[0\]\.value\[0\]\.stages\[3\]: .*managed policy/)],
    });
  });

  test('another version: a merge keeps the installed one, a replace takes the file’s', () => {
    const installed = { ...custom(), version: '0.9' };
    const merge = resolveBackupProtocols(fileWith([custom()]), { stored: [installed], policy: [] }, 'merge');
    const replace = resolveBackupProtocols(
      fileWith([custom()]),
      { stored: [installed], policy: [] },
      'replace',
    );
    expect(merge.ok && merge.effective).toEqual([installed]);
    expect(replace.ok && replace.effective).toEqual([custom()]);
    expect(replace.ok && replace.putMeta).toEqual([{ key: 'protocols:imported', value: [custom()] }]);
  });

  test('not a list, a repeated id, or a built-in id: each named where it is', () => {
    const darlington = { ...custom(), id: 'darlington-dsp-2024' };
    expect(resolveBackupProtocols(fileWith({}), { stored: [], policy: [] }, 'merge')).toEqual({
      ok: false,
      errors: ['meta[0].value: must be a list of protocols'],
    });
    const result = resolveBackupProtocols(
      fileWith([custom(), custom(), darlington]),
      { stored: [], policy: [] },
      'merge',
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        `meta[0].value[1].id: "${custom().id}" is also used by meta[0].value[0]`,
        expect.stringMatching(
          /^meta\[0\]\.value\[2\]\.id: "darlington-dsp-2024" belongs to a protocol built into/,
        ),
      ],
    });
  });
});
