import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { deleteMeta, getMeta, listMetaKeys, putMeta } from '../../../lib/store/meta-repository';
import { freshDatabase } from './test-database';

describe('app data', () => {
  test('stores, reads with the reader’s schema, lists by prefix and deletes', async () => {
    const { db } = await freshDatabase();
    const settings = { nation: 'wales', hours: { start: '08:30', end: '16:30' } };
    expect(await putMeta(db, 'settings', settings)).toEqual({ ok: true, value: undefined });
    await putMeta(db, 'notified:a:stage-1', '2025-05-02T08:00:00.000Z');
    await putMeta(db, 'notified:b:stage-2', '2025-05-03T08:00:00.000Z');

    const settingsSchema = z.object({
      nation: z.string(),
      hours: z.object({ start: z.string(), end: z.string() }),
    });
    expect(await getMeta(db, 'settings', settingsSchema)).toEqual({ ok: true, value: settings });
    expect(await getMeta(db, 'never-written', settingsSchema)).toEqual({ ok: true, value: undefined });
    expect(await listMetaKeys(db, 'notified:')).toEqual({
      ok: true,
      value: ['notified:a:stage-1', 'notified:b:stage-2'],
    });

    await deleteMeta(db, 'notified:a:stage-1');
    expect(await listMetaKeys(db)).toEqual({ ok: true, value: ['notified:b:stage-2', 'settings'] });
  });

  test('a stored value that no longer fits the reader’s schema is reported, not passed on', async () => {
    const { db } = await freshDatabase();
    await putMeta(db, 'settings', { nation: 42 });
    const read = await getMeta(db, 'settings', z.object({ nation: z.string() }));
    expect(read).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('settings.nation') },
    });
  });

  test.each<[string, string, unknown, string]>([
    ['an empty key', '', 1, 'key: must not be empty'],
    ['a value that is not JSON', 'when', new Date(0), 'when: must be present and plain JSON'],
    ['a value with undefined inside', 'partial', { a: undefined }, 'partial: must be present and plain JSON'],
    ['a function', 'code', () => 1, 'code: must be present and plain JSON'],
  ])('refuses %s, so every value survives a backup', async (_name, key, value, message) => {
    const { db } = await freshDatabase();
    expect(await putMeta(db, key, value)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining(message) },
    });
    expect(await db.count('meta')).toBe(0);
  });
});
