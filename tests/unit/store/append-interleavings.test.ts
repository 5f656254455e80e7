import fc from 'fast-check';
import { expect, test } from 'vitest';
import { appendEvents, getChallengeEvents, getSummary } from '../../../lib/store/challenge-repository';
import { freshDatabase } from './test-database';
import { minute, opened, testDeps, type TestEvent } from './test-domain';

/**
 * Several tabs hold their own view of one challenge (the seq of the last event they saw) and write at
 * the same moments. Whatever the interleaving: the history stays numbered without gaps, a write lands
 * whole or not at all, only a writer with the latest view can win, and of writers sharing it exactly
 * one does.
 */

const TABS = 3;
const action = fc.record({
  tab: fc.integer({ min: 0, max: TABS - 1 }),
  kind: fc.constantFrom('append', 'append', 'reload'),
  count: fc.integer({ min: 1, max: 3 }),
});
const round = fc.uniqueArray(action, { minLength: 1, maxLength: TABS, selector: (a) => a.tab });

test('random concurrent appends from stale and fresh views never lose, double or merge events', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(round, { minLength: 1, maxLength: 8 }), async (rounds) => {
      const { db } = await freshDatabase();
      const stored = new Map<string, TestEvent>([['a/0', opened('a')]]);
      await appendEvents(db, 'a', -1, [opened('a')], testDeps);
      const views = Array.from({ length: TABS }, () => 0);
      let lastSeq = 0;

      for (const [roundIndex, actions] of rounds.entries()) {
        const appends = actions.filter((a) => a.kind === 'append');
        const batches = appends.map(({ tab, count }) =>
          Array.from({ length: count }, (_, k): TestEvent => {
            const seq = views[tab]! + 1 + k;
            return {
              type: 'noted',
              id: `t${tab}-r${roundIndex}-${k}`,
              challengeId: 'a',
              seq,
              at: minute(seq),
              text: `tab ${tab}`,
            };
          }),
        );
        const results = await Promise.all(
          appends.map(({ tab }, index) => appendEvents(db, 'a', views[tab]!, batches[index]!, testDeps)),
        );

        const fresh = appends.filter(({ tab }) => views[tab] === lastSeq).length;
        const winners = results.filter((result) => result.ok).length;
        expect(winners).toBe(fresh > 0 ? 1 : 0);
        results.forEach((result, index) => {
          const { tab } = appends[index]!;
          if (result.ok) {
            expect(views[tab]).toBe(lastSeq);
            for (const event of batches[index]!) stored.set(event.id, event);
            views[tab] = lastSeq = result.value.seq;
          } else {
            expect(result.error.kind).toBe('conflict');
          }
        });
        for (const { tab } of actions.filter((a) => a.kind === 'reload')) views[tab] = lastSeq;

        const history = await getChallengeEvents<TestEvent>(db, 'a');
        if (!history.ok) throw new Error(history.error.message);
        expect(history.value.map((event) => event.seq)).toEqual(history.value.map((_, index) => index));
        expect(history.value).toEqual([...stored.values()].sort((x, y) => x.seq - y.seq));
        expect(await getSummary(db, 'a')).toMatchObject({ ok: true, value: { seq: lastSeq } });
      }
    }),
    { numRuns: 60 },
  );
});
