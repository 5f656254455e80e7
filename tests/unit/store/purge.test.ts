import { describe, expect, test } from 'vitest';
import { appendEvents, getChallengeEvents } from '../../../lib/store/challenge-repository';
import { listChallenges } from '../../../lib/store/challenge-listing';
import { deleteChallenges } from '../../../lib/store/purge';
import type { ChallengeDatabase } from '../../../lib/store/database';
import { freshDatabase } from './test-database';
import { closed, noted, opened, testDeps, type TestEvent } from './test-domain';

async function seed(db: ChallengeDatabase, ids: string[]): Promise<void> {
  for (const id of ids) {
    const history: TestEvent[] = [opened(id), noted(id, 1), closed(id, 2, 'resolved')];
    const stored = await appendEvents(db, id, -1, history, testDeps);
    if (!stored.ok) throw new Error(stored.error.message);
  }
}

const storedIds = async (db: ChallengeDatabase) => {
  const page = await listChallenges(db, { limit: 100 });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.items.map((item) => item.challengeId).sort();
};

describe('deleteChallenges', () => {
  test('removes every event and the summary of the named challenges only', async () => {
    const { db } = await freshDatabase();
    await seed(db, ['a', 'b', 'c']);
    const deleted = await deleteChallenges(db, ['a', 'c']);
    expect(deleted).toEqual({ ok: true, value: 2 });
    expect(await storedIds(db)).toEqual(['b']);
    expect((await db.getAll('events')).map((event) => event.challengeId)).toEqual(['b', 'b', 'b']);
    const remaining = await getChallengeEvents(db, 'b');
    expect(remaining.ok && remaining.value.map((event) => event.seq)).toEqual([0, 1, 2]);
  });

  test.each([
    ['no ids', [], 0],
    ['an id that is not stored', ['zzz'], 0],
    ['the same id twice', ['b', 'b'], 1],
  ])('%s', async (_name, ids, count) => {
    const { db } = await freshDatabase();
    await seed(db, ['a', 'b']);
    expect(await deleteChallenges(db, ids)).toEqual({ ok: true, value: count });
    expect(await storedIds(db)).toEqual(ids.includes('b') ? ['a'] : ['a', 'b']);
  });

  test('an id that is a prefix of another does not take the other with it', async () => {
    const { db } = await freshDatabase();
    await seed(db, ['ab', 'abc']);
    await deleteChallenges(db, ['ab']);
    expect(await storedIds(db)).toEqual(['abc']);
    expect((await db.getAll('events')).every((event) => event.challengeId === 'abc')).toBe(true);
  });
});
