import { describe, expect, test } from 'vitest';
import { exportBackup, importBackupText, wipeAll } from '../../../lib/store/backup';
import { appendEvents, getChallengeEvents, getSummary } from '../../../lib/store/challenge-repository';
import { listChallenges } from '../../../lib/store/challenge-listing';
import { createChallengeStoreDeps } from '../../../lib/store/challenge-store-deps';
import type { ChallengeSummary } from '../../../lib/challenge';
import { freshDatabase } from './test-database';
import { challengeUuid, realHistory, REAL_VARIANTS, uuid } from './real-challenges';

const NOW = new Date('2025-05-08T12:00:00Z');
const deps = createChallengeStoreDeps({ now: NOW });

describe('the store with the real challenge domain', () => {
  test.each(REAL_VARIANTS.map((variant, n) => [variant, n] as const))(
    '%s: appended event by event, every step stored with its summary',
    async (_variant, n) => {
      const { db } = await freshDatabase();
      const history = realHistory(n);
      for (const event of history) {
        const result = await appendEvents(db, event.challengeId, event.seq - 1, [event], deps);
        expect(result).toMatchObject({ ok: true, value: { seq: event.seq } });
      }
      expect(await getChallengeEvents(db, history[0]!.challengeId)).toEqual({ ok: true, value: history });
      expect(await getSummary(db, history[0]!.challengeId)).toEqual({
        ok: true,
        value: deps.summarise(history),
      });
    },
  );

  test('the real rules refuse what the protocol does not allow, and nothing is stored', async () => {
    const { db } = await freshDatabase();
    const [opened] = realHistory(0, 'darlington-open-at-stage-2');
    await appendEvents(db, opened!.challengeId, -1, [opened!], deps);
    const skipToStage4 = {
      ...realHistory(0, 'darlington-open-at-stage-2')[2]!,
      seq: 1,
      toStage: 4,
    } as typeof opened;
    const result = await appendEvents(db, opened!.challengeId, 0, [skipToStage4!], deps);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('immediate risk') },
    });
    expect(await db.count('events')).toBe(1);
  });

  test('a challenge naming a protocol that is not installed is refused with what to do', async () => {
    const { db } = await freshDatabase();
    const [opened] = realHistory(0, 'darlington-open-at-stage-2');
    const stranger = { ...opened!, protocolId: 'somewhere-else-2025' } as typeof opened;
    const result = await appendEvents(db, stranger!.challengeId, -1, [stranger!], deps);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('Import your partnership’s protocol file') },
    });
  });

  test('an event the schema refuses names the field', async () => {
    const { db } = await freshDatabase();
    const [opened] = realHistory(0);
    const result = await appendEvents(db, opened!.challengeId, -1, [{ ...opened!, id: 'not-a-uuid' }], deps);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('events[0].id') },
    });
  });

  test('backup round trip: export, wipe, import, identical state', async () => {
    const { db } = await freshDatabase();
    for (let n = 0; n < 12; n += 1) {
      const history = realHistory(n);
      const stored = await appendEvents(db, history[0]!.challengeId, -1, history, deps);
      if (!stored.ok) throw new Error(stored.error.message);
    }
    const before = await exportBackup(db, NOW);
    const summariesBefore = await listChallenges<ChallengeSummary>(db, { limit: 500 });
    if (!before.ok || !summariesBefore.ok) throw new Error('export failed');

    expect(await wipeAll(db)).toEqual({ ok: true, value: undefined });
    expect(await db.count('events')).toBe(0);
    const text = JSON.stringify(before.value, null, 2);
    const imported = await importBackupText(db, text, deps, 'replace');
    expect(imported).toMatchObject({ ok: true, value: { challengesAdded: 12 } });

    expect(await exportBackup(db, NOW)).toEqual(before);
    expect(await listChallenges(db, { limit: 500 })).toEqual(summariesBefore);
  });

  test('a backup whose history the real rules refuse names the challenge and event, and writes nothing', async () => {
    const { db } = await freshDatabase();
    const history = realHistory(3, 'pan-sussex-resolved');
    // Escalating a resolved challenge without reopening it.
    const bad = [
      ...history,
      { ...history[1]!, type: 'escalated', toStage: 2, reason: 'x', id: uuid(999), seq: 3 },
    ];
    const file = {
      format: 'challenge-companion-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      challenges: [{ challengeId: challengeUuid(3), events: bad }],
      meta: [],
    };
    const result = await importBackupText(db, JSON.stringify(file), deps, 'replace');
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('challenges[0].events[3]: ') },
    });
    expect(await db.count('events')).toBe(0);
  });
});
