import { describe, expect, test } from 'vitest';
import {
  caseReferenceIndexKey,
  createWrappedKey,
  decryptJson,
  encryptJson,
  keysFromMaster,
  PBKDF2_ITERATIONS,
  toBase64,
  unwrapKeys,
  wrappedKeySchema,
  wrapMaster,
} from '../../../lib/crypto';

const PASSPHRASE = 'correct horse battery staple';

describe('the wrapped data key', () => {
  test('the right passphrase unwraps the same master; a wrong one gets null', async () => {
    const { wrappedKey, keys } = await createWrappedKey(PASSPHRASE);
    expect(wrappedKeySchema.parse(wrappedKey)).toEqual(wrappedKey);
    expect(wrappedKey.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(wrappedKey)).not.toContain(keys.masterBase64);
    const unlocked = await unwrapKeys(PASSPHRASE, wrappedKey);
    expect(unlocked?.masterBase64).toBe(keys.masterBase64);
    expect(await unwrapKeys('correct horse battery stapler', wrappedKey)).toBeNull();
    // Data sealed with the first keys opens with the unwrapped ones.
    const box = await encryptJson(keys.eventKey, { note: 'x' }, 'ctx');
    expect(await decryptJson(unlocked!.eventKey, box, 'ctx')).toEqual({ note: 'x' });
  });

  test('re-wrapping under a new passphrase keeps the master (no re-encryption needed)', async () => {
    const { keys } = await createWrappedKey(PASSPHRASE);
    const rewrapped = await wrapMaster('a different long passphrase', keys.masterBase64);
    expect((await unwrapKeys('a different long passphrase', rewrapped))?.masterBase64).toBe(
      keys.masterBase64,
    );
    expect(await unwrapKeys(PASSPHRASE, rewrapped)).toBeNull();
  });

  test.each([
    [{ iterations: 1000 }, /iterations/],
    [{ kdf: 'scrypt' }, /kdf/],
    [{ salt: 'not base64!' }, /salt/],
  ])('stored material %o is refused', async (change, field) => {
    const { wrappedKey } = await createWrappedKey(PASSPHRASE, PBKDF2_ITERATIONS);
    const parsed = wrappedKeySchema.safeParse({ ...wrappedKey, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toMatch(field);
  });
});

describe('caseReferenceIndexKey', () => {
  test('same reference and master give the same key; another master another key', async () => {
    const a = await keysFromMaster(toBase64(new Uint8Array(32).fill(7)));
    const b = await keysFromMaster(toBase64(new Uint8Array(32).fill(8)));
    const key = await caseReferenceIndexKey(a.indexKey, 'CS104233');
    expect(key).toMatch(/^[0-9A-F]{64}$/);
    expect(await caseReferenceIndexKey(a.indexKey, 'CS104233')).toBe(key);
    expect(await caseReferenceIndexKey(b.indexKey, 'CS104233')).not.toBe(key);
    expect(await caseReferenceIndexKey(a.indexKey, 'CS104234')).not.toBe(key);
  });
});
