import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  appendEvents,
  getChallengeEvents,
  getSummary,
  rebuildSummaries,
} from '../../../lib/store/challenge-repository';
import { CONFLICT_MESSAGE, QUOTA_MESSAGE } from '../../../lib/store/store-result';
import { freshDatabase } from './test-database';
import { closed, escalated, minute, noted, opened, testDeps, type TestEvent } from './test-domain';

afterEach(() => vi.restoreAllMocks());

describe('appendEvents', () => {
  test('stores a new challenge’s events and its summary, and reads them back', async () => {
    const { db } = await freshDatabase();
    const result = await appendEvents(db, 'a', -1, [opened('a'), noted('a', 1)], testDeps);
    expect(result).toMatchObject({
      ok: true,
      value: { challengeId: 'a', seq: 1, status: 'open', lastChangeAt: minute(1) },
    });

    const events = await getChallengeEvents<TestEvent>(db, 'a');
    expect(events).toEqual({ ok: true, value: [opened('a'), noted('a', 1)] });
    const summary = await getSummary(db, 'a');
    expect(summary).toEqual({ ok: true, value: testDeps.summarise([opened('a'), noted('a', 1)]) });
  });

  test('writes events and summary in one strict-durability readwrite transaction', async () => {
    const { db } = await freshDatabase();
    const transaction = vi.spyOn(db, 'transaction');
    await appendEvents(db, 'a', -1, [opened('a')], testDeps);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes).toEqual([[['events', 'challenges'], 'readwrite', { durability: 'strict' }]]);
  });

  test('a summary that cannot be written takes the events down with it', async () => {
    const { db } = await freshDatabase();
    await appendEvents(db, 'a', -1, [opened('a')], testDeps);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'challenges') throw new DOMException('disk said no', 'UnknownError');
      return realPut.apply(this, args);
    });
    const result = await appendEvents(db, 'a', 0, [noted('a', 1)], testDeps);
    expect(result).toMatchObject({ ok: false, error: { kind: 'unknown' } });
    vi.restoreAllMocks();
    expect(await getChallengeEvents(db, 'a')).toEqual({ ok: true, value: [opened('a')] });
    expect(await getSummary(db, 'a')).toMatchObject({ ok: true, value: { seq: 0 } });
  });

  test('a write from a stale view is refused as a conflict and writes nothing', async () => {
    const { db } = await freshDatabase();
    await appendEvents(db, 'a', -1, [opened('a'), noted('a', 1)], testDeps);
    const stale = await appendEvents(db, 'a', 0, [{ ...noted('a', 1), id: 'other-tab' }], testDeps);
    expect(stale).toEqual({ ok: false, error: { kind: 'conflict', message: CONFLICT_MESSAGE } });
    const events = await getChallengeEvents<TestEvent>(db, 'a');
    expect(events.ok && events.value.map((event) => event.id)).toEqual(['a/0', 'a/1']);
  });

  test('of two writers that saw the same version, exactly one wins and nothing is lost or doubled', async () => {
    const { db } = await freshDatabase();
    await appendEvents(db, 'a', -1, [opened('a')], testDeps);
    const tabOne = { ...noted('a', 1), id: 'tab-one' };
    const tabTwo = { ...noted('a', 1), id: 'tab-two', text: 'from the other window' };
    const results = await Promise.all([
      appendEvents(db, 'a', 0, [tabOne], testDeps),
      appendEvents(db, 'a', 0, [tabTwo], testDeps),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error.kind === 'conflict')).toHaveLength(1);
    const winner = results[0]!.ok ? tabOne : tabTwo;
    expect(await getChallengeEvents(db, 'a')).toEqual({ ok: true, value: [opened('a'), winner] });
  });

  test('two tabs creating the same new challenge: one wins, the other is told', async () => {
    const { db } = await freshDatabase();
    const results = await Promise.all([
      appendEvents(db, 'a', -1, [opened('a')], testDeps),
      appendEvents(db, 'a', -1, [{ ...opened('a'), id: 'second' }], testDeps),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.error.kind)).sort()).toEqual([
      'conflict',
      'ok',
    ]);
  });

  test('writing to a challenge that is not stored says so', async () => {
    const { db } = await freshDatabase();
    const result = await appendEvents(db, 'gone', 3, [noted('gone', 4)], testDeps);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  test.each([
    ['no events', 'a', -1, [] as TestEvent[], 'events: there is nothing to save'],
    ['an event of another challenge', 'a', -1, [opened('b')], 'events[0].challengeId: must be "a"'],
    ['a seq that skips', 'a', -1, [opened('a'), noted('a', 2)], 'events[1].seq: must be 1'],
    ['a seq from before the expected one', 'a', 0, [noted('a', 0)], 'events[0].seq: must be 1'],
    ['a bad expectedSeq', 'a', -2, [opened('a')], 'expectedSeq: must be -1'],
    ['an empty challenge id', '', -1, [opened('')], 'challengeId: must not be empty'],
    [
      'an event the schema refuses',
      'a',
      -1,
      [{ ...opened('a'), at: 'yesterday' }],
      'events[0].at: not an ISO date-time',
    ],
    ['an event the rules refuse', 'a', -1, [noted('a', 0)], 'open it first'],
    [
      'a later event the rules refuse',
      'a',
      -1,
      [opened('a'), escalated('a', 1, 2, null), escalated('a', 2, 2, null)],
      'must go above Stage 2',
    ],
  ])('refuses %s as invalid, writing nothing', async (_name, challengeId, expectedSeq, events, message) => {
    const { db } = await freshDatabase();
    const result = await appendEvents(db, challengeId, expectedSeq, events, testDeps);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('invalid');
      expect(result.error.message).toContain(message);
    }
    expect(await db.count('events')).toBe(0);
    expect(await db.count('challenges')).toBe(0);
  });
});

describe('storage full', () => {
  test.each(['events', 'challenges'])(
    'a QuotaExceededError writing %s reaches the user as a clear quota error and earlier records stay',
    async (storeName) => {
      const { db } = await freshDatabase();
      await appendEvents(db, 'a', -1, [opened('a'), noted('a', 1)], testDeps);
      await appendEvents(db, 'b', -1, [opened('b')], testDeps);
      const before = { events: await db.getAll('events'), challenges: await db.getAll('challenges') };

      const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      for (const method of ['add', 'put'] as const) {
        const real = IDBObjectStore.prototype[method];
        vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
          this: IDBObjectStore,
          ...args
        ) {
          if (this.name === storeName) throw quota;
          return real.apply(this, args);
        });
      }
      const result = await appendEvents(db, 'a', 1, [noted('a', 2), closed('a', 3, 'resolved')], testDeps);
      expect(result).toEqual({ ok: false, error: { kind: 'quota', message: QUOTA_MESSAGE } });

      vi.restoreAllMocks();
      expect(await db.getAll('events')).toEqual(before.events);
      expect(await db.getAll('challenges')).toEqual(before.challenges);
      // And the store still works once space is freed.
      expect((await appendEvents(db, 'a', 1, [noted('a', 2)], testDeps)).ok).toBe(true);
    },
  );
});

describe('rebuildSummaries', () => {
  test('re-derives rows from the stored histories with the deps given', async () => {
    const { db } = await freshDatabase();
    await appendEvents(db, 'a', -1, [opened('a')], testDeps);
    await appendEvents(db, 'b', -1, [opened('b'), closed('b', 1, 'withdrawn')], testDeps);
    // As if an imported bank-holiday feed moved every deadline by a day.
    const movedDeadline = minute(48 * 60);
    const moved = {
      ...testDeps,
      summarise: (history: readonly TestEvent[]) => {
        const summary = testDeps.summarise(history);
        return summary.nextDeadline === null
          ? summary
          : { ...summary, nextDeadline: movedDeadline, deadline: movedDeadline };
      },
    };
    const report = await rebuildSummaries(db, moved);
    expect(report).toEqual({ ok: true, value: { rebuilt: 2, skipped: [], failed: [] } });
    expect(await getSummary(db, 'a')).toMatchObject({ ok: true, value: { nextDeadline: movedDeadline } });
    expect(await getSummary(db, 'b')).toMatchObject({
      ok: true,
      value: { nextDeadline: null, status: 'withdrawn' },
    });
  });

  test('rebuilds only the challenges named, and reports a history the summariser refuses', async () => {
    const { db } = await freshDatabase();
    await appendEvents(db, 'a', -1, [opened('a')], testDeps);
    await appendEvents(db, 'b', -1, [opened('b')], testDeps);
    const failing = {
      ...testDeps,
      summarise: (history: readonly TestEvent[]) => {
        if (history[0]?.challengeId === 'b') throw new Error('protocol "x" is not installed');
        return { ...testDeps.summarise(history), currentStage: 9 };
      },
    };
    const report = await rebuildSummaries(db, failing, ['a', 'b']);
    expect(report).toEqual({
      ok: true,
      value: {
        rebuilt: 1,
        skipped: [],
        failed: [{ challengeId: 'b', message: 'protocol "x" is not installed' }],
      },
    });
    expect(await getSummary(db, 'a')).toMatchObject({ ok: true, value: { currentStage: 9 } });
    expect(await getSummary(db, 'b')).toMatchObject({ ok: true, value: { currentStage: 1 } });
  });
});
