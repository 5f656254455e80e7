import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportBackup, importBackupText } from '../../../lib/store/backup';
import { parseBackupText } from '../../../lib/store/backup-format';
import { appendEvents } from '../../../lib/store/challenge-repository';
import { createChallengeStoreDeps } from '../../../lib/store/challenge-store-deps';
import type { ChallengeDatabase } from '../../../lib/store/database';
import { putMeta } from '../../../lib/store/meta-repository';
import { realHistory } from '../store/real-challenges';
import { freshDatabase } from '../store/test-database';
import { mutate, mutationArbitrary } from './json-mutation';

/**
 * Fuzzed backups (issue: "rejected whole with a clear error, store unchanged"). A real backup (real
 * events appended through the real rules) is mutated a thousand ways; each import either accepts a file
 * that is still valid or refuses it with a message, never throws, and a refused import leaves the store
 * byte-identical, compared by exporting it before and after.
 */
const NOW = new Date('2025-05-08T12:00:00Z');
const deps = createChallengeStoreDeps({ now: NOW });

async function seeded(): Promise<ChallengeDatabase> {
  const { db } = await freshDatabase();
  for (let n = 0; n < 3; n += 1) {
    const history = realHistory(n);
    const stored = await appendEvents(db, history[0]!.challengeId, -1, history, deps);
    if (!stored.ok) throw new Error(stored.error.message);
  }
  await putMeta(db, 'settings', { nation: 'wales', hours: { start: '08:30', end: '16:30' } });
  return db;
}

async function exportedText(db: ChallengeDatabase): Promise<string> {
  const result = await exportBackup(db, NOW);
  if (!result.ok) throw new Error(result.error.message);
  return JSON.stringify(result.value);
}

let valid: unknown;
beforeAll(async () => {
  valid = JSON.parse(await exportedText(await seeded()));
});

describe('a fuzzed backup file', () => {
  test('the unmutated backup parses (the fuzz starts from a good file)', () => {
    expect(parseBackupText(JSON.stringify(valid), deps)).toMatchObject({ ok: true });
  });

  test('parses or is refused with messages, never a throw (1,000 cases)', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutationArbitrary, (mutation) => {
        const result = parseBackupText(mutate(valid, mutation), deps);
        if (result.ok) return;
        refused += 1;
        expect(result.errors.length).toBeGreaterThanOrEqual(1);
        for (const error of result.errors) expect(error.trim().length).toBeGreaterThan(3);
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(300);
  });

  test('a refused import leaves the store byte-identical; an accepted one is a valid backup (600 cases)', async () => {
    let db = await seeded();
    let before = await exportedText(db);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        mutationArbitrary,
        fc.constantFrom('merge' as const, 'replace' as const),
        async (mutation, mode) => {
          const text = mutate(valid, mutation);
          const result = await importBackupText(db, text, deps, mode);
          if (result.ok) {
            // Accepted: the file must have been a whole valid backup; start the next case from a clean store.
            expect(parseBackupText(text, deps).ok).toBe(true);
            db = await seeded();
            before = await exportedText(db);
            return;
          }
          refused += 1;
          expect(result.error.message).toMatch(/nothing was (changed|imported)|Nothing was imported/i);
          expect(result.error.message.split('\n').length).toBeGreaterThanOrEqual(
            result.error.kind === 'invalid' ? 2 : 1,
          );
          expect(await exportedText(db)).toBe(before);
        },
      ),
      { numRuns: 600 },
    );
    expect(refused).toBeGreaterThan(150);
  });
});
