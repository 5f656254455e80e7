import { z } from 'zod';
import { withWriteTransaction, type ChallengeDatabase } from './database';
import { asResult, fail, ok, type Result } from './store-result';
import { describeIssues } from './zod-issues';

/**
 * App data kept beside the challenges under string keys: imported protocols, bank-holiday feeds,
 * notification-sent markers. Values are plain JSON so a backup can carry them unchanged; each reader
 * brings the schema it expects, because a stored value is only as trustworthy as the release that
 * wrote it.
 */

export type JsonValue = z.infer<ReturnType<typeof z.json>>;

export const metaKeySchema = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });

const anyJson = z.json();
/** Plain JSON, with one readable message (z.json() alone reports each JSON type it tried). */
export const jsonValueSchema = z.custom<JsonValue>((value) => anyJson.safeParse(value).success, {
  error: 'must be present and plain JSON (text, numbers, true/false, null, lists, objects)',
});

/** The value stored under `key`, parsed with `schema`; undefined when nothing is stored there. */
export async function getMeta<T>(
  db: ChallengeDatabase,
  key: string,
  schema: z.ZodType<T>,
): Promise<Result<T | undefined>> {
  const read = await asResult(() => db.get('meta', key));
  if (!read.ok) return read;
  if (read.value === undefined) return ok(undefined);
  const parsed = schema.safeParse(read.value.value);
  if (!parsed.success) {
    return fail(
      'invalid',
      `Stored app data "${key}" is not in the expected form: ${describeIssues(parsed.error.issues, key).join('; ')}`,
    );
  }
  return ok(parsed.data);
}

export async function putMeta(db: ChallengeDatabase, key: string, value: unknown): Promise<Result<void>> {
  const checkedKey = metaKeySchema.safeParse(key);
  if (!checkedKey.success) return fail('invalid', describeIssues(checkedKey.error.issues, 'key').join('; '));
  const checkedValue = jsonValueSchema.safeParse(value);
  if (!checkedValue.success)
    return fail('invalid', describeIssues(checkedValue.error.issues, key).join('; '));
  return asResult(() =>
    withWriteTransaction(db, ['meta'], async (tx) => {
      await tx.objectStore('meta').put({ key: checkedKey.data, value: checkedValue.data });
    }),
  );
}

export async function deleteMeta(db: ChallengeDatabase, key: string): Promise<Result<void>> {
  return asResult(() => withWriteTransaction(db, ['meta'], (tx) => tx.objectStore('meta').delete(key)));
}

/** Keys starting with `prefix` (e.g. "notified:"), in order; reads keys only, not values. */
export async function listMetaKeys(db: ChallengeDatabase, prefix = ''): Promise<Result<string[]>> {
  const range = prefix === '' ? undefined : IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  return asResult(() => db.getAllKeys('meta', range));
}
