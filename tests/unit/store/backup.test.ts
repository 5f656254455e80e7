import { afterEach, describe, expect, test, vi } from 'vitest';
import { exportBackup, importBackup, importBackupText, wipeAll } from '../../../lib/store/backup';
import { parseBackup, type BackupFile } from '../../../lib/store/backup-format';
import { appendEvents } from '../../../lib/store/challenge-repository';
import type { ChallengeDatabase } from '../../../lib/store/database';
import { putMeta } from '../../../lib/store/meta-repository';
import { QUOTA_MESSAGE } from '../../../lib/store/store-result';
import type { WrappedKey } from '../../../lib/crypto';
import { freshDatabase } from './test-database';
import { closed, escalated, minute, noted, opened, testDeps, type TestEvent } from './test-domain';

const NOW = new Date('2025-06-01T12:00:00Z');

afterEach(() => vi.restoreAllMocks());

async function seed(db: ChallengeDatabase, ids = ['a', 'b', 'c']): Promise<void> {
  for (const [index, id] of ids.entries()) {
    const history: TestEvent[] = [opened(id), noted(id, 1)];
    if (index % 3 === 1) history.push(escalated(id, 2, 2, minute(5000)));
    if (index % 3 === 2) history.push(closed(id, 2, 'resolved'));
    const stored = await appendEvents(db, id, -1, history, testDeps);
    if (!stored.ok) throw new Error(stored.error.message);
  }
  await putMeta(db, 'settings', { nation: 'wales', hours: { start: '08:30', end: '16:30' } });
  await putMeta(db, 'notified:a:stage-1', minute(60));
}

/** Everything the store holds, raw, to prove a refused import changed nothing at all. */
async function snapshot(db: ChallengeDatabase) {
  return {
    events: await db.getAll('events'),
    challenges: await db.getAll('challenges'),
    meta: await db.getAll('meta'),
  };
}

async function exported(db: ChallengeDatabase): Promise<BackupFile<TestEvent>> {
  const result = await exportBackup<TestEvent>(db, NOW);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('export', () => {
  test('writes every challenge’s whole history and all app data into one versioned file', async () => {
    const { db } = await freshDatabase();
    await seed(db);
    const file = await exported(db);
    expect(file).toMatchObject({
      format: 'challenge-companion-backup',
      version: 2,
      exportedAt: NOW.toISOString(),
    });
    expect(file.challenges.map((c) => [c.challengeId, c.events.map((e) => e.seq)])).toEqual([
      ['a', [0, 1]],
      ['b', [0, 1, 2]],
      ['c', [0, 1, 2]],
    ]);
    expect(file.meta.map((m) => m.key)).toEqual(['notified:a:stage-1', 'settings']);
  });
});

describe('round trip', () => {
  test('export, wipe, import: identical state, summaries and indexes included', async () => {
    const { db } = await freshDatabase();
    await seed(db);
    const before = await snapshot(db);
    const text = JSON.stringify(await exported(db));

    await wipeAll(db);
    expect(await snapshot(db)).toEqual({ events: [], challenges: [], meta: [] });
    const result = await importBackupText(db, text, testDeps, 'replace');
    expect(result).toEqual({
      ok: true,
      value: { challengesAdded: 3, challengesAlreadyStored: 0, metaAdded: 2, metaKept: [] },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  test('replace makes the backup the whole store', async () => {
    const { db } = await freshDatabase();
    await seed(db, ['a']);
    const text = JSON.stringify(await exported(db));
    await seed(db, ['x', 'y']);
    await importBackupText(db, text, testDeps, 'replace');
    expect((await db.getAllKeys('challenges')).sort()).toEqual(['a']);
  });
});

describe('merge', () => {
  test('adds new challenges, leaves identical ones, keeps stored app data', async () => {
    const source = await freshDatabase();
    await seed(source.db, ['a', 'b']);
    await putMeta(source.db, 'settings', { nation: 'scotland' });
    const text = JSON.stringify(await exported(source.db));

    const { db } = await freshDatabase();
    await seed(db, ['a']);
    const result = await importBackupText(db, text, testDeps, 'merge');
    expect(result).toEqual({
      ok: true,
      value: {
        challengesAdded: 1,
        challengesAlreadyStored: 1,
        metaAdded: 0,
        metaKept: ['notified:a:stage-1', 'settings'],
      },
    });
    expect((await db.getAllKeys('challenges')).sort()).toEqual(['a', 'b']);
    expect(await db.get('meta', 'settings')).toEqual({
      key: 'settings',
      value: { nation: 'wales', hours: { start: '08:30', end: '16:30' } },
    });
  });

  test('a challenge stored with a different history refuses the whole import, naming it', async () => {
    const source = await freshDatabase();
    await seed(source.db, ['a', 'b', 'new']);
    const text = JSON.stringify(await exported(source.db));

    const { db } = await freshDatabase();
    await appendEvents(db, 'b', -1, [opened('b'), closed('b', 1, 'withdrawn')], testDeps);
    const before = await snapshot(db);
    const result = await importBackupText(db, text, testDeps, 'merge');
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'conflict',
        message: expect.stringContaining('challenges[1] ("b") is already stored with a different history'),
      },
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

/** A well-formed wrapped key (the store checks its shape only; lib/crypto opens it). */
const WRAPPED_KEY: WrappedKey = {
  kdf: 'PBKDF2-SHA256',
  iterations: 600_000,
  salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
  wrapped: {
    v: 1,
    iv: 'AAAAAAAAAAAAAAAA',
    ct: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  },
};

describe('a bad file writes nothing and says what is wrong where', () => {
  const good = (): BackupFile<TestEvent> => ({
    format: 'challenge-companion-backup',
    version: 1,
    exportedAt: NOW.toISOString(),
    challenges: [
      { challengeId: 'p', events: [opened('p'), noted('p', 1)] },
      { challengeId: 'q', events: [opened('q'), noted('q', 1), noted('q', 2)] },
    ],
    meta: [{ key: 'settings', value: { nation: 'wales' } }],
  });
  const edit = (change: (file: BackupFile<TestEvent>) => void): string => {
    const file = good();
    change(file);
    return JSON.stringify(file);
  };
  const q = (file: BackupFile<TestEvent>) => file.challenges[1]!;

  test.each<[string, string, string]>([
    ['not JSON', '{"format": "challenge-companion-backup", ', 'The file is not valid JSON'],
    ['a JSON list', '[]', 'not a Challenge Companion backup'],
    [
      'another app’s file',
      JSON.stringify({ format: 'something-else', version: 1 }),
      'format: must be "challenge-companion-backup"',
    ],
    ['a newer format version', edit((f) => Object.assign(f, { version: 3 })), 'made by a newer release'],
    [
      'a version that never existed',
      edit((f) => Object.assign(f, { version: 0 })),
      'version: must be 1 or 2',
    ],
    ['no export date', edit((f) => Object.assign(f, { exportedAt: undefined })), 'exportedAt: '],
    [
      'an unknown top-level field',
      edit((f) => Object.assign(f, { extra: true })),
      'extra: is not a field of this format',
    ],
    [
      'app data without a value',
      edit((f) => delete (f.meta[0] as { value?: unknown }).value),
      'meta[0].value: must be present',
    ],
    [
      'an event with a bad date',
      edit((f) => Object.assign(q(f).events[2]!, { at: '2 May' })),
      'challenges[1].events[2].at: not an ISO date-time',
    ],
    [
      'an event of an unknown type',
      edit((f) => Object.assign(q(f).events[1]!, { type: 'teleported' })),
      'challenges[1].events[1].type',
    ],
    [
      'a challenge with no events',
      edit((f) => (q(f).events = [])),
      'challenges[1].events: must hold at least the event that opened',
    ],
    [
      'an event filed under another challenge',
      edit((f) => (q(f).events[1]!.challengeId = 'p')),
      'challenges[1].events[1].challengeId: must be "q"',
    ],
    [
      'a gap in the numbering',
      edit((f) => (q(f).events[2]!.seq = 3)),
      'challenges[1].events[2].seq: must be 2',
    ],
    [
      'the same challenge twice',
      edit((f) => f.challenges.push(structuredClone(f.challenges[0]!))),
      'challenges[2].challengeId: "p" is also used by challenges[0]',
    ],
    [
      'the same event id twice',
      edit((f) => (q(f).events[2]!.id = 'p/1')),
      'challenges[1].events[2].id: "p/1" is also used by challenges[0].events[1]',
    ],
    [
      'a history the rules refuse',
      edit((f) => q(f).events.push(opened('q', { seq: 3, id: 'q/3' }))),
      'challenges[1].events[3]: already opened',
    ],
    [
      'the same app data key twice',
      edit((f) => f.meta.push({ key: 'settings', value: 1 })),
      'meta[1].key: "settings" is also used by meta[0]',
    ],
    ['an empty app data key', edit((f) => (f.meta[0]!.key = '')), 'meta[0].key: must not be empty'],
    [
      'a lock block without its wrapped key',
      edit((f) => Object.assign(f, { lock: {} })),
      'lock.wrappedKey: ',
    ],
    [
      'a lock block with too few key-derivation rounds',
      edit((f) => Object.assign(f, { lock: { wrappedKey: { ...WRAPPED_KEY, iterations: 1000 } } })),
      'lock.wrappedKey.iterations: must be at least 600000',
    ],
  ])('%s', async (_name, text, problem) => {
    const { db } = await freshDatabase();
    await seed(db);
    const before = await snapshot(db);
    for (const mode of ['replace', 'merge'] as const) {
      const result = await importBackupText(db, text, testDeps, mode);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('invalid');
        expect(result.error.message).toContain('nothing was changed');
        expect(result.error.message).toContain(problem);
      }
    }
    expect(await snapshot(db)).toEqual(before);
  });

  test.each<[string, (file: BackupFile<TestEvent>) => void]>([
    ['version 1 (before the lock block)', (f) => Object.assign(f, { version: 1 })],
    [
      'version 2 with a lock block',
      (f) => Object.assign(f, { version: 2, lock: { wrappedKey: WRAPPED_KEY } }),
    ],
    [
      'version 1 with a lock block (the first lock releases)',
      (f) => Object.assign(f, { lock: { wrappedKey: WRAPPED_KEY } }),
    ],
  ])('reads %s', (_name, change) => {
    const parsed = parseBackup(JSON.parse(edit(change)), testDeps);
    expect(parsed.ok && parsed.backup.file.challenges.map((c) => c.challengeId)).toEqual(['p', 'q']);
  });

  test('the good file these are made from imports', async () => {
    const { db } = await freshDatabase();
    expect(
      await importBackupText(
        db,
        edit(() => undefined),
        testDeps,
        'replace',
      ),
    ).toMatchObject({ ok: true });
  });

  test('every problem is listed, up to a readable number', () => {
    const file = good();
    file.challenges = Array.from({ length: 80 }, (_, n) => ({
      challengeId: `c${n}`,
      events: [{ ...opened(`c${n}`), at: 'soon' }],
    }));
    const result = parseBackup(JSON.parse(JSON.stringify(file)), testDeps);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(51);
      expect(result.errors[0]).toBe('challenges[0].events[0].at: not an ISO date-time');
      expect(result.errors[50]).toBe('…and 30 more problems');
    }
  });
});

describe('storage full during import', () => {
  test.each(['replace', 'merge'] as const)(
    '%s: a quota failure half-way leaves the earlier records intact',
    async (mode) => {
      const source = await freshDatabase();
      await seed(source.db, ['n1', 'n2', 'n3', 'n4']);
      const parsed = parseBackup(await exported(source.db), testDeps);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

      const { db } = await freshDatabase();
      await seed(db, ['a', 'b']);
      const before = await snapshot(db);
      const realAdd = IDBObjectStore.prototype.add;
      let adds = 0;
      vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
        adds += 1;
        if (adds === 6) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return realAdd.apply(this, args);
      });
      expect(await importBackup(db, parsed.backup, mode)).toEqual({
        ok: false,
        error: { kind: 'quota', message: QUOTA_MESSAGE },
      });
      vi.restoreAllMocks();
      expect(await snapshot(db)).toEqual(before);
    },
  );
});
