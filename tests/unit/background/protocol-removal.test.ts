import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createWrappedKey } from '@/lib/crypto';
import { ok } from '@/lib/messaging/result';
import { parseProtocolFile, type Protocol } from '@/lib/protocols';
import { removeImportedProtocol, type ChallengeDatabase } from '@/lib/store';
import { builtIn, drafts, openedDraft } from '../challenge/challenge-builders';
import { readProtocolFixture } from '../protocols/protocol-fixtures';

/**
 * Removing a protocol the practitioner imported (options → Protocol): the background's real challenge
 * service over fake-indexeddb, with only browser.storage faked (settings live there). Every refusal
 * must leave the database exactly as it was.
 */
vi.mock('wxt/browser', () => import('./fake-storage-browser'));
const { localArea: local } = await import('./fake-storage-browser');
const { createChallengeService } = await import('@/entrypoints/background/challenge-service');

const PROTOCOL_TEXT = readProtocolFixture('valid-custom.json');
const custom = (): Protocol => {
  const parsed = parseProtocolFile(PROTOCOL_TEXT);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.protocol;
};
/** A second partnership's file: the same content under another id. */
const westshire = (): Protocol => ({
  ...custom(),
  id: 'westshire-2025',
  partnership: 'Westshire (fictional)',
});
const LABEL = `${custom().partnership}: ${custom().name} (${custom().version})`;

beforeEach(() => {
  local.clear();
  globalThis.indexedDB = new IDBFactory();
});

async function snapshot(db: ChallengeDatabase) {
  return {
    events: await db.getAll('events'),
    challenges: await db.getAll('challenges'),
    meta: await db.getAll('meta'),
  };
}

/** A profile with both partnership files imported; the service told of changes through `changed`. */
async function profile(lock?: Parameters<typeof createChallengeService>[1]) {
  const changed = vi.fn();
  const service = createChallengeService(changed, lock);
  expect(await service.importProtocol(PROTOCOL_TEXT)).toMatchObject({ ok: true });
  expect(await service.importProtocol(JSON.stringify(westshire()))).toMatchObject({ ok: true });
  changed.mockClear();
  return { service, changed, db: await service.connection.get() };
}

async function importedIds(service: Awaited<ReturnType<typeof profile>>['service']) {
  const listed = await service.listProtocols();
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.importedIds;
}

/** Opens a challenge under `protocol`; `close` resolves or withdraws it. */
async function challengeUnder(
  service: Awaited<ReturnType<typeof profile>>['service'],
  protocol: Protocol,
  close?: 'resolve' | 'withdraw',
) {
  const opened = await service.openChallenge(openedDraft(protocol, { caseReference: 'NS-2025-0042' }));
  if (!opened.ok) throw new Error(opened.error.message);
  if (close) {
    const event = close === 'resolve' ? drafts.resolve(1) : drafts.withdraw();
    const closed = await service.appendToChallenge(opened.value.challengeId, opened.value.seq, event);
    if (!closed.ok) throw new Error(closed.error.message);
  }
  return opened.value.challengeId;
}

describe('removing an imported protocol', () => {
  test('an unused, non-default import is removed; the other import and the challenges stay', async () => {
    const { service, changed, db } = await profile();
    const darlington = await challengeUnder(service, builtIn('darlington-dsp-2024'));
    const westshireChallenge = await challengeUnder(service, westshire());
    changed.mockClear();

    expect(await service.removeProtocol(custom().id)).toEqual(ok({ protocolId: custom().id, label: LABEL }));
    expect(await importedIds(service)).toEqual(['westshire-2025']);
    expect((await db.get('meta', 'protocols:imported'))?.value).toEqual([westshire()]);
    // Not an event on any challenge, and nothing the badge counts changed.
    expect((await db.getAll('challenges')).map((row) => [row.challengeId, row.seq])).toEqual(
      expect.arrayContaining([
        [darlington, 0],
        [westshireChallenge, 0],
      ]),
    );
    expect(changed).not.toHaveBeenCalled();
    // New challenges can no longer follow it.
    const refused = await service.openChallenge(openedDraft(custom()));
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not installed') },
    });
  });

  test('refused while any stored challenge follows it, open or closed, saying how many', async () => {
    const { service, db } = await profile();
    await challengeUnder(service, custom());
    await challengeUnder(service, custom(), 'resolve');
    await challengeUnder(service, custom(), 'withdraw');
    await challengeUnder(service, westshire());
    const before = await snapshot(db);

    const result = await service.removeProtocol(custom().id);
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain(
      `“${LABEL}” cannot be removed: 3 stored challenges follow it (1 open, 2 closed)`,
    );
    expect(message).toMatch(/Nothing was removed\.$/);
    expect(await snapshot(db)).toEqual(before);
  });

  test('one closed challenge is enough to keep it (its history names the protocol)', async () => {
    const { service, db } = await profile();
    await challengeUnder(service, westshire(), 'withdraw');
    const before = await snapshot(db);
    const result = await service.removeProtocol('westshire-2025');
    expect(result.ok ? '' : result.error.message).toContain(
      '1 stored challenge follows it (0 open, 1 closed)',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  test('refused for the default protocol: choose another first; allowed once another is chosen', async () => {
    const { service, db } = await profile();
    local.set('settings', { defaultProtocolId: custom().id });
    const before = await snapshot(db);
    const result = await service.removeProtocol(custom().id);
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'conflict',
        message: expect.stringContaining('is your default protocol. Choose another'),
      },
    });
    expect(await snapshot(db)).toEqual(before);

    local.set('settings', { defaultProtocolId: 'darlington-dsp-2024' });
    expect(await service.removeProtocol(custom().id)).toMatchObject({ ok: true });
  });

  test('refused for a built-in protocol and for an id that is not installed', async () => {
    const { service, db } = await profile();
    const before = await snapshot(db);
    expect(await service.removeProtocol('pan-sussex-2025')).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('is built into Challenge Companion') },
    });
    expect(await service.removeProtocol('eastshire-2024')).toMatchObject({
      ok: false,
      error: {
        kind: 'not-found',
        message: expect.stringMatching(/^No imported protocol with the id "eastshire-2024" is installed/),
      },
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await importedIds(service)).toEqual([custom().id, 'westshire-2025']);
  });

  test('a second removal of the same protocol is refused as not installed', async () => {
    const { service } = await profile();
    expect(await service.removeProtocol('westshire-2025')).toMatchObject({ ok: true });
    expect(await service.removeProtocol('westshire-2025')).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });
});

describe('under the passphrase lock', () => {
  /**
   * A stand-in for the lock service: real keys from lib/crypto, its configuration in memory. Setting it
   * up seals every stored event through the service's own rewrite; `lockNow` forgets the keys.
   */
  async function fakeLock() {
    const prepared = await createWrappedKey('correct horse battery staple');
    let state: 'off' | 'locked' | 'unlocked' = 'off';
    return {
      lock: {
        state: async () => state,
        keys: async () => (state === 'unlocked' ? prepared.keys : null),
        onLock: () => undefined,
        prepareSetup: async () => ok(prepared),
        commitSetup: async () => {
          state = 'unlocked';
        },
        status: async () => ({ enabled: state !== 'off', locked: state === 'locked' }),
        wrappedKey: async () => prepared.wrappedKey,
      } as unknown as Parameters<typeof createChallengeService>[1],
      lockNow: () => {
        state = 'locked';
      },
    };
  }

  test('locked: the sealed records are counted from their clear fields; refusal and removal as unlocked', async () => {
    const { lock, lockNow } = await fakeLock();
    const { service, db } = await profile(lock);
    await challengeUnder(service, custom(), 'resolve');
    expect(await service.setUpLock('correct horse battery staple')).toMatchObject({ ok: true });
    expect((await db.getAll('events')).every((event) => 'sealed' in event)).toBe(true);
    lockNow();
    expect(await service.getChallenge((await db.getAll('challenges'))[0]!.challengeId)).toMatchObject({
      ok: false,
      error: { kind: 'locked' },
    });

    const before = await snapshot(db);
    const refused = await service.removeProtocol(custom().id);
    expect(refused.ok ? '' : refused.error.message).toContain(
      '1 stored challenge follows it (0 open, 1 closed)',
    );
    expect(await snapshot(db)).toEqual(before);

    expect(await service.removeProtocol('westshire-2025')).toMatchObject({ ok: true });
    expect(await importedIds(service)).toEqual([custom().id]);
  });
});

describe('removeImportedProtocol (the store, with what the service reads from browser storage)', () => {
  const context = { policyIds: [], defaultProtocolId: 'darlington-dsp-2024', defaultManaged: false };

  test('a protocol IT installs by policy is not the practitioner’s to remove, even with a stored copy', async () => {
    const { db } = await profile();
    const before = await snapshot(db);
    const result = await removeImportedProtocol(db, 'westshire-2025', {
      ...context,
      policyIds: ['westshire-2025'],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('managed policy') },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  test('a default IT sets: ask IT, not "choose another"', async () => {
    const { db } = await profile();
    const result = await removeImportedProtocol(db, custom().id, {
      ...context,
      defaultProtocolId: custom().id,
      defaultManaged: true,
    });
    expect(result.ok ? '' : result.error.message).toContain('Ask your IT team to set another default first.');
  });

  test('a damaged stored list is reported, and left for a fresh import to replace', async () => {
    const { db, service } = await profile();
    await db.put('meta', { key: 'protocols:imported', value: [{ id: 'half-a-protocol' }] });
    const before = await snapshot(db);
    const result = await removeImportedProtocol(db, 'half-a-protocol', context);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('not in the expected form') },
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await service.importProtocol(PROTOCOL_TEXT)).toMatchObject({ ok: true });
  });

  test('counts every summary row past one read batch (500 rows a request)', async () => {
    const { db } = await profile();
    const template = (await snapshotRow(db))!;
    const rows = Array.from({ length: 1203 }, (_, n) => ({
      ...template,
      challengeId: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      protocolId: n % 3 === 0 ? 'westshire-2025' : 'darlington-dsp-2024',
      status: n % 2 === 0 ? 'open' : 'resolved',
    }));
    const tx = db.transaction('challenges', 'readwrite');
    await Promise.all([...rows.map((row) => tx.store.put(row as never)), tx.done]);
    const result = await removeImportedProtocol(db, 'westshire-2025', context);
    // n = 0, 3, …, 1200: 401 rows; of those, even n are open (0, 6, …, 1200: 201).
    expect(result.ok ? '' : result.error.message).toContain(
      '401 stored challenges follow it (201 open, 200 closed)',
    );
  });
});

/** One real summary row, to copy for a large store without opening a thousand challenges. */
async function snapshotRow(db: ChallengeDatabase) {
  const service = createChallengeService(() => undefined);
  await challengeUnder(service, builtIn('darlington-dsp-2024'));
  const [row] = await db.getAll('challenges');
  await db.clear('challenges');
  await db.clear('events');
  return row;
}
