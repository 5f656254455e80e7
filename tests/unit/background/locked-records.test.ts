import { describe, expect, test } from 'vitest';
import { createLockedRecords } from '@/entrypoints/background/locked-records';
import type { ChallengeEvent } from '@/lib/challenge';
import { keysFromMaster, sealEvent, toBase64, type LockKeys, type SealedEvent } from '@/lib/crypto';
import {
  createChallengeStoreDeps,
  exportBackup,
  type ChallengeDatabase,
  type StoredEvent,
} from '@/lib/store';
import type { SummaryRow } from '@/lib/store/summary-row';
import { CHALLENGE_ID, builtIn, history, openedDraft, uuidFrom } from '../challenge/challenge-builders';
import { freshDatabase } from '../store/test-database';

/**
 * LockedRecords.refresh and importSealed against a real (fake-indexeddb) store and real WebCrypto keys:
 * what tests/e2e/lock.e2e.ts relies on, checked without a browser. Words that must never be stored in
 * clear are searched for in every store of the database.
 */
const protocol = builtIn('darlington-dsp-2024');
const CASE_REFERENCE = 'CR-OKAPI-5519';
const OTHER_REFERENCE = 'CR-TAPIR-2044';
const PHRASE = 'ZEBRA-QUILL-7731';
const OTHER_ID = uuidFrom(0xbeef);
const WRITTEN_AT = new Date('2025-05-01T12:00:00Z');
const UNREADABLE = /do not open with its key.*Nothing was changed/;

const keysOf = (fill: number) => keysFromMaster(toBase64(new Uint8Array(32).fill(fill)));
const depsAt = (now: Date) => createChallengeStoreDeps({ now });

/** The fake lock: `onLock` as the service has it, and a way to lock. */
function fakeLock() {
  const listeners: (() => void)[] = [];
  return {
    onLock: (listener: () => void) => void listeners.push(listener),
    lock: () => listeners.forEach((l) => l()),
  };
}

/** An opened challenge with one note: under CHALLENGE_ID, or re-identified as another challenge. */
function challenge(reference: string, note: string, challengeId = CHALLENGE_ID): ChallengeEvent[] {
  const events = history(protocol, openedDraft(protocol, { caseReference: reference }), {
    type: 'note-added',
    text: note,
  });
  if (challengeId === CHALLENGE_ID) return events;
  return events.map((event, index) => ({ ...event, challengeId, id: uuidFrom(0xbeef00 + index) }));
}

/** Store `events` sealed, one append at a time, as the background does while unlocked. */
async function appendAll(
  records: ReturnType<typeof createLockedRecords>,
  db: ChallengeDatabase,
  keys: LockKeys,
  events: readonly ChallengeEvent[],
) {
  for (const event of events) {
    const stored = await records.append(db, keys, event, event.seq - 1, depsAt(WRITTEN_AT));
    if (!stored.ok) throw new Error(stored.error.message);
  }
}

async function snapshot(db: ChallengeDatabase) {
  return {
    events: await db.getAll('events'),
    challenges: await db.getAll('challenges'),
    meta: await db.getAll('meta'),
  };
}

async function row(db: ChallengeDatabase, challengeId: string): Promise<SummaryRow> {
  const stored = await db.get('challenges', challengeId);
  if (!stored) throw new Error(`no summary row for ${challengeId}`);
  return stored;
}

/** The file another profile exports under its lock, as the text a person carries between computers. */
async function sealedFile(db: ChallengeDatabase) {
  const exported = await exportBackup<StoredEvent>(db, WRITTEN_AT);
  if (!exported.ok) throw new Error(exported.error.message);
  return JSON.parse(JSON.stringify(exported.value)) as typeof exported.value;
}

describe('refresh', () => {
  test('re-derives a sealed row from the opened events; the row keeps its index key and no plain text', async () => {
    const { db } = await freshDatabase();
    const keys = await keysOf(1);
    const records = createLockedRecords(fakeLock());
    const events = challenge(CASE_REFERENCE, PHRASE);
    await appendAll(records, db, keys, events);
    const before = await row(db, CHALLENGE_ID);
    // Waiting for the due-soon warning: the row's next deadline is the warning itself.
    expect(before.nextDeadline).not.toBeNull();
    expect(before.nextDeadline).toBe(before.dueSoonAt);

    const later = new Date(Date.parse(before.nextDeadline!) + 60_000);
    const refreshed = await records.refresh(db, keys, [CHALLENGE_ID], depsAt(later));
    expect(refreshed).toEqual({ ok: true, value: { rebuilt: 1, skipped: [], failed: [] } });

    const after = await row(db, CHALLENGE_ID);
    const expected = depsAt(later).summarise(events);
    expect(after.nextDeadline).not.toBe(before.nextDeadline);
    expect(after.nextDeadline).toBe(expected.nextDeadline);
    expect(after).toMatchObject({
      ...expected,
      caseReference: null,
      caseReferenceKey: await records.indexKeyOf(keys, CASE_REFERENCE),
    });
    // The index key is the one a reference typed in lower case with stray spaces looks up.
    expect(after.caseReferenceKey).toBe(await records.indexKeyOf(keys, ' cr-okapi- 5519'));
    const stored = JSON.stringify(await snapshot(db));
    expect(stored).not.toContain(PHRASE);
    expect(stored).not.toContain(CASE_REFERENCE);
  });

  test('a challenge that is not stored: not-found, and nothing is written', async () => {
    const { db } = await freshDatabase();
    const keys = await keysOf(1);
    const records = createLockedRecords(fakeLock());
    await appendAll(records, db, keys, challenge(CASE_REFERENCE, PHRASE));
    const before = await snapshot(db);
    const refreshed = await records.refresh(db, keys, [CHALLENGE_ID, uuidFrom(999)], depsAt(WRITTEN_AT));
    expect(refreshed).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await snapshot(db)).toEqual(before);
  });

  test('locking forgets the opened events: other keys then cannot refresh, and nothing is written', async () => {
    const { db } = await freshDatabase();
    const keys = await keysOf(1);
    const lock = fakeLock();
    const records = createLockedRecords(lock);
    await appendAll(records, db, keys, challenge(CASE_REFERENCE, PHRASE));
    const before = await snapshot(db);
    const later = new Date(Date.parse((await row(db, CHALLENGE_ID)).nextDeadline!) + 60_000);

    lock.lock();
    await expect(records.refresh(db, await keysOf(2), [CHALLENGE_ID], depsAt(later))).rejects.toThrow(
      /could not be opened/,
    );
    expect(await snapshot(db)).toEqual(before);
    // A fresh worker (nothing cached) with the wrong keys is refused the same way.
    const fresh = createLockedRecords(fakeLock());
    await expect(fresh.refresh(db, await keysOf(2), [CHALLENGE_ID], depsAt(later))).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    // The right keys open the events from storage again.
    const refreshed = await records.refresh(db, keys, [CHALLENGE_ID], depsAt(later));
    expect(refreshed.ok && refreshed.value.rebuilt).toBe(1);
  });
});

describe('importSealed', () => {
  /** Profile A: two sealed challenges under `keys`, exported. */
  async function profileA(keys: LockKeys) {
    const { db } = await freshDatabase();
    const records = createLockedRecords(fakeLock());
    const first = challenge(CASE_REFERENCE, PHRASE);
    const second = challenge(OTHER_REFERENCE, 'Rang the school nurse.', OTHER_ID);
    await appendAll(records, db, keys, first);
    await appendAll(records, db, keys, second);
    await records.refresh(db, keys, [CHALLENGE_ID], depsAt(WRITTEN_AT));
    return { file: await sealedFile(db), histories: [first, second] };
  }

  test('restores the sealed events exactly as the file holds them, with index keys under the file’s key', async () => {
    const keys = await keysOf(1);
    const { file, histories } = await profileA(keys);
    const { db } = await freshDatabase();
    const records = createLockedRecords(fakeLock());

    const imported = await records.importSealed(db, keys, file, 'merge', depsAt(WRITTEN_AT));
    expect(imported).toEqual({ ok: true, value: { challenges: 2 } });

    const stored = await db.getAll('events');
    expect(stored).toEqual(file.challenges.flatMap((c) => c.events));
    expect(stored.every((event) => 'sealed' in event)).toBe(true);
    // The store keeps events in [challengeId, seq] order: OTHER_ID sorts first.
    expect(await records.openAll(keys, stored as StoredEvent[])).toEqual([
      ...histories[1]!,
      ...histories[0]!,
    ]);
    for (const [events, reference] of [
      [histories[0]!, CASE_REFERENCE],
      [histories[1]!, OTHER_REFERENCE],
    ] as const) {
      expect(await row(db, events[0]!.challengeId)).toMatchObject({
        ...depsAt(WRITTEN_AT).summarise(events),
        caseReference: null,
        caseReferenceKey: await records.indexKeyOf(keys, reference),
      });
    }
    const everything = JSON.stringify(await snapshot(db));
    for (const clear of [PHRASE, CASE_REFERENCE, OTHER_REFERENCE]) expect(everything).not.toContain(clear);

    // The same file merged again: already stored, identical, so nothing is added.
    const again = await records.importSealed(db, keys, file, 'merge', depsAt(WRITTEN_AT));
    expect(again).toEqual({ ok: true, value: { challenges: 0 } });
  });

  test('a wrong key changes nothing, in merge or replace', async () => {
    const { file } = await profileA(await keysOf(1));
    const { db } = await freshDatabase();
    const records = createLockedRecords(fakeLock());
    // Something already stored here, that a replace would remove.
    await appendAll(records, db, await keysOf(3), challenge('CR-HERE-1', 'Stored before the import.'));
    const before = await snapshot(db);
    for (const mode of ['merge', 'replace'] as const) {
      const result = await records.importSealed(db, await keysOf(2), file, mode, depsAt(WRITTEN_AT));
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', message: UNREADABLE } });
      expect(await snapshot(db)).toEqual(before);
    }
  });

  test('a changed byte, or a box moved onto another event, refuses the whole file', async () => {
    const keys = await keysOf(1);
    const { file } = await profileA(keys);
    const { db } = await freshDatabase();
    const records = createLockedRecords(fakeLock());
    const events = () => file.challenges[1]!.events as SealedEvent[];

    const tampered = structuredClone(file);
    const box = (tampered.challenges[1]!.events[1] as SealedEvent).sealed;
    box.ct = box.ct.slice(0, 8) + (box.ct[8] === 'A' ? 'B' : 'A') + box.ct.slice(9);
    const moved = structuredClone(file);
    (moved.challenges[1]!.events[1] as SealedEvent).sealed = events()[0]!.sealed;
    for (const damaged of [tampered, moved]) {
      const result = await records.importSealed(db, keys, damaged, 'replace', depsAt(WRITTEN_AT));
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', message: UNREADABLE } });
      expect(await snapshot(db)).toEqual({ events: [], challenges: [], meta: [] });
    }
  });

  test('opened histories the rules refuse are not imported, and nothing is changed', async () => {
    const keys = await keysOf(1);
    const events = challenge(CASE_REFERENCE, PHRASE);
    // A second opening, well sealed: the box opens, but a challenge is opened only once.
    const reopened = { ...events[0]!, id: uuidFrom(77), seq: 2, at: '2025-05-01T11:00:00.000Z' };
    const sealed = await Promise.all([...events, reopened].map((event) => sealEvent(keys.eventKey, event)));
    const file = {
      format: 'challenge-companion-backup',
      version: 2,
      exportedAt: WRITTEN_AT.toISOString(),
      challenges: [{ challengeId: CHALLENGE_ID, events: sealed }],
      meta: [],
    };
    const { db } = await freshDatabase();
    const records = createLockedRecords(fakeLock());
    const result = await records.importSealed(db, keys, file, 'replace', depsAt(WRITTEN_AT));
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid',
        message: expect.stringMatching(
          /^The backup was not imported and nothing was changed:\nchallenges\[0\]/,
        ),
      },
    });
    expect(await snapshot(db)).toEqual({ events: [], challenges: [], meta: [] });
  });

  test('forgets events it had opened: a replaced event reads as the file holds it', async () => {
    const keys = await keysOf(1);
    const { file } = await profileA(keys);
    const { db } = await freshDatabase();
    const records = createLockedRecords(fakeLock());
    // The same challenge and event ids, with another note, opened (and so cached) here first.
    await appendAll(records, db, keys, challenge(CASE_REFERENCE, 'A different note.'));
    const cached = await records.openAll(keys, (await db.getAll('events')) as StoredEvent[]);
    expect(cached.map((event) => (event.type === 'note-added' ? event.text : ''))).toContain(
      'A different note.',
    );

    const imported = await records.importSealed(db, keys, file, 'replace', depsAt(WRITTEN_AT));
    expect(imported.ok).toBe(true);
    const reread = await records.openAll(keys, (await db.getAll('events')) as StoredEvent[]);
    const notes = reread.flatMap((event) => (event.type === 'note-added' ? [event.text] : []));
    expect(notes).toContain(PHRASE);
    expect(notes).not.toContain('A different note.');
  });
});
