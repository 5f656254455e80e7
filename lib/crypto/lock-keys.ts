import { z } from 'zod';
import { decryptBytes, encryptBytes, fromBase64, sealedBoxSchema, toBase64 } from './sealed-box';

/**
 * The lock's keys. A random 256-bit master secret is the data key; the passphrase only wraps it, so
 * changing the passphrase never re-encrypts the records. From the master, HKDF derives two sub-keys:
 * one encrypts events (AES-256-GCM), the other makes the case-reference index (HMAC-SHA256), so the
 * index can be searched while unlocked without holding a case reference in clear.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 12;
const SALT_BYTES = 16;
const MASTER_BYTES = 32;
const WRAP_CONTEXT = 'challenge-companion:wrapped-data-key:v1';

/** What is stored to unlock: nothing in it reveals the master without the passphrase. */
export const wrappedKeySchema = z.strictObject({
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(PBKDF2_ITERATIONS, `must be at least ${PBKDF2_ITERATIONS}`),
  salt: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
  /** The master, encrypted under the passphrase-derived key. GCM's tag is the check value. */
  wrapped: sealedBoxSchema,
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export interface LockKeys {
  /** The master secret, base64: what session storage keeps so a worker restart stays unlocked. */
  masterBase64: string;
  eventKey: CryptoKey;
  indexKey: CryptoKey;
}

export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function keysFromMaster(masterBase64: string): Promise<LockKeys> {
  const master = await crypto.subtle.importKey('raw', fromBase64(masterBase64), 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: new TextEncoder().encode(info),
  });
  const eventKey = await crypto.subtle.deriveKey(
    hkdf('challenge-companion:events:v1'),
    master,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const indexKey = await crypto.subtle.deriveKey(
    hkdf('challenge-companion:case-index:v1'),
    master,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { masterBase64, eventKey, indexKey };
}

/** A new random master, wrapped under `passphrase`. */
export async function createWrappedKey(
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<{ wrappedKey: WrappedKey; keys: LockKeys }> {
  const master = crypto.getRandomValues(new Uint8Array(MASTER_BYTES));
  const masterBase64 = toBase64(master);
  const wrappedKey = await wrapMaster(passphrase, masterBase64, iterations);
  return { wrappedKey, keys: await keysFromMaster(masterBase64) };
}

export async function wrapMaster(
  passphrase: string,
  masterBase64: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<WrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const wrappingKey = await deriveKey(passphrase, salt, iterations);
  const wrapped = await encryptBytes(wrappingKey, fromBase64(masterBase64), WRAP_CONTEXT);
  return { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), wrapped };
}

/** The keys, or null when the passphrase is wrong (or the stored material was changed). */
export async function unwrapKeys(passphrase: string, wrappedKey: WrappedKey): Promise<LockKeys | null> {
  const wrappingKey = await deriveKey(passphrase, fromBase64(wrappedKey.salt), wrappedKey.iterations);
  try {
    const master = await decryptBytes(wrappingKey, wrappedKey.wrapped, WRAP_CONTEXT);
    return await keysFromMaster(toBase64(master));
  } catch {
    return null;
  }
}

/**
 * The case-reference index key: HMAC of the reference as the store normalises it (upper case, no
 * spaces), in upper-case hex so the store's own normalising leaves it unchanged.
 */
export async function caseReferenceIndexKey(
  indexKey: CryptoKey,
  normalisedReference: string,
): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', indexKey, new TextEncoder().encode(normalisedReference));
  return [...new Uint8Array(mac)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
