import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import {
  createChallengeDatabaseConnection,
  DB_VERSION,
  openChallengeDatabase,
} from '../../../lib/store/database';
import { appendEvents, getChallengeEvents } from '../../../lib/store/challenge-repository';
import { MIGRATIONS, type Migration } from '../../../lib/store/migrations';
import { BLOCKED_MESSAGE, StoreFailure } from '../../../lib/store/store-result';
import { opened, testDeps } from './test-domain';

/** A future schema step, as the next release would add it. */
const nextVersion: Migration = {
  version: DB_VERSION + 1,
  description: 'test: an extra index',
  migrate(_db, tx) {
    tx.objectStore('events').createIndex('by-type', 'type');
  },
};
const withNextVersion = [...MIGRATIONS, nextVersion];

/** An old tab's connection: it ignores versionchange, as code written before this handling did. */
function rawConnection(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function deleteWithoutBlocking(factory: IDBFactory, name: string): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onblocked = () => resolve('blocked');
    request.onsuccess = () => resolve('deleted');
    request.onerror = () => reject(request.error);
  });
}

describe('openChallengeDatabase', () => {
  test('creates every store and index of the current version', async () => {
    const db = await openChallengeDatabase('fresh', new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['challenges', 'events', 'meta']);
    const tx = db.transaction(['events', 'challenges', 'meta']);
    expect(tx.objectStore('events').keyPath).toEqual(['challengeId', 'seq']);
    expect([...tx.objectStore('events').indexNames]).toEqual(['by-at']);
    expect(tx.objectStore('challenges').keyPath).toBe('challengeId');
    expect([...tx.objectStore('challenges').indexNames].sort()).toEqual([
      'by-case-reference',
      'by-last-change',
      'by-needs-partnership',
      'by-next-deadline',
      'by-refresh-at',
      'by-status',
      'by-status-deadline',
      'by-status-due-soon',
      'by-status-last-change',
    ]);
    const challenges = tx.objectStore('challenges');
    expect(challenges.index('by-next-deadline').keyPath).toEqual(['status', 'nextDeadline', 'challengeId']);
    expect(challenges.index('by-last-change').keyPath).toEqual(['recencyKey', 'challengeId']);
    expect(tx.objectStore('meta').keyPath).toBe('key');
  });

  test('an old connection that will not let go makes the upgrade fail clearly instead of hanging', async () => {
    const factory = new IDBFactory();
    await openChallengeDatabase('shared', factory);
    const oldTab = await rawConnection(factory, 'shared');

    const opening = openChallengeDatabase('shared', factory, {
      migrations: withNextVersion,
      blockedTimeoutMs: 30,
    });
    await expect(opening).rejects.toThrow(StoreFailure);
    await expect(opening).rejects.toMatchObject({ kind: 'blocked', message: BLOCKED_MESSAGE });

    // When the old tab finally closes, the upgrade completes, and the connection nobody asked for any
    // more is closed at once: nothing blocks the database afterwards.
    oldTab.close();
    await vi.waitFor(async () => {
      const probe = await rawConnection(factory, 'shared');
      const version = probe.version;
      probe.close();
      expect(version).toBe(DB_VERSION + 1);
    });
    expect(await deleteWithoutBlocking(factory, 'shared')).toBe('deleted');
  });

  test('our own older connection steps aside for an upgrade and says it closed', async () => {
    const factory = new IDBFactory();
    const onClosed = vi.fn();
    const older = await openChallengeDatabase('shared', factory, { onClosed });
    await appendEvents(older, 'a', -1, [opened('a')], testDeps);

    const newer = await openChallengeDatabase('shared', factory, {
      migrations: withNextVersion,
      blockedTimeoutMs: 1000,
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onClosed).toHaveBeenCalled();
    expect(await getChallengeEvents(newer, 'a')).toEqual({ ok: true, value: [opened('a')] });
  });

  test('a failing migration leaves the database as it was and says so', async () => {
    const factory = new IDBFactory();
    const db = await openChallengeDatabase('shared', factory);
    await appendEvents(db, 'a', -1, [opened('a')], testDeps);
    db.close();

    const broken: Migration = {
      version: DB_VERSION + 1,
      description: 'test: fails half-way',
      migrate(_db, tx) {
        tx.objectStore('events').createIndex('by-type', 'type');
        throw new Error('disk full during upgrade');
      },
    };
    await expect(
      openChallengeDatabase('shared', factory, { migrations: [...MIGRATIONS, broken] }),
    ).rejects.toMatchObject({
      kind: 'unknown',
      message: expect.stringMatching(
        new RegExp(`version ${DB_VERSION + 1} \\(disk full during upgrade\\).*records are unchanged`),
      ),
    });
    const reopened = await openChallengeDatabase('shared', factory);
    expect(reopened.version).toBe(DB_VERSION);
    expect([...reopened.transaction('events').store.indexNames]).toEqual(['by-at']);
    expect(await getChallengeEvents(reopened, 'a')).toEqual({ ok: true, value: [opened('a')] });
  });

  test('an asynchronous migration step runs before the next one and can read records', async () => {
    const factory = new IDBFactory();
    const db = await openChallengeDatabase('shared', factory);
    await appendEvents(db, 'a', -1, [opened('a')], testDeps);
    db.close();
    const seen: string[] = [];
    const copyIds: Migration = {
      version: DB_VERSION + 1,
      description: 'test: reads every event',
      async migrate(_db, tx) {
        for (const event of await tx.objectStore('events').getAll()) seen.push((event as { id: string }).id);
      },
    };
    const thenMeta: Migration = {
      version: DB_VERSION + 2,
      description: 'test: runs after',
      migrate(_db, tx) {
        seen.push('after');
        void tx.objectStore('meta').put({ key: 'migrated', value: true });
      },
    };
    const upgraded = await openChallengeDatabase('shared', factory, {
      migrations: [...MIGRATIONS, copyIds, thenMeta],
    });
    expect(seen).toEqual(['a/0', 'after']);
    expect(await upgraded.get('meta', 'migrated')).toEqual({ key: 'migrated', value: true });
  });
});

describe('createChallengeDatabaseConnection', () => {
  test('hands out one connection, and a new one after the old was closed under it', async () => {
    const factory = new IDBFactory();
    const connection = createChallengeDatabaseConnection('shared', factory);
    const first = await connection.get();
    expect(await connection.get()).toBe(first);

    // Erasing the database (or a newer version upgrading) closes our connection: the next get reopens.
    expect(await deleteWithoutBlocking(factory, 'shared')).toBe('deleted');
    const second = await connection.get();
    expect(second).not.toBe(first);
    expect(second.version).toBe(DB_VERSION);
    connection.close();
  });

  test('a failed open is not kept: the next get tries again', async () => {
    const factory = new IDBFactory();
    await openChallengeDatabase('shared', factory);
    const oldTab = await rawConnection(factory, 'shared');
    const connection = createChallengeDatabaseConnection('shared', factory, {
      migrations: withNextVersion,
      blockedTimeoutMs: 20,
    });
    await expect(connection.get()).rejects.toMatchObject({ kind: 'blocked' });
    oldTab.close();
    await vi.waitFor(async () => expect((await connection.get()).version).toBe(DB_VERSION + 1));
    connection.close();
  });
});
