import { z } from 'zod';

/**
 * AES-256-GCM boxes for the lock (DESIGN.md, the optional passphrase lock). WebCrypto is a web platform
 * API, present in service workers, pages and Node alike, so this stays pure of browser-extension APIs.
 * GCM authenticates: a wrong key or a changed byte makes opening fail rather than return garbage.
 */

export const sealedBoxSchema = z.strictObject({
  v: z.literal(1, { error: 'must be 1, the only sealed-box version' }),
  iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/, 'must be a 12-byte base64 nonce'),
  ct: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64 ciphertext'),
});
export type SealedBox = z.infer<typeof sealedBoxSchema>;

export class SealedBoxError extends Error {
  override name = 'SealedBoxError';
}

const IV_BYTES = 12;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Encrypt raw bytes. `context` is bound as additional authenticated data, so a box moved to another
 * place (another event's id) no longer opens.
 */
export async function encryptBytes(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  context = '',
): Promise<SealedBox> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    key,
    plain,
  );
  return { v: 1, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

export async function decryptBytes(key: CryptoKey, box: unknown, context = ''): Promise<Uint8Array> {
  const parsed = sealedBoxSchema.safeParse(box);
  if (!parsed.success) throw new SealedBoxError('The encrypted record is damaged (not a sealed box).');
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(parsed.data.iv),
        additionalData: new TextEncoder().encode(context),
      },
      key,
      fromBase64(parsed.data.ct),
    );
    return new Uint8Array(plain);
  } catch {
    // GCM gives no detail on purpose: wrong key and tampered data look the same.
    throw new SealedBoxError('The encrypted record could not be opened: wrong key, or the data was changed.');
  }
}

export async function encryptJson(key: CryptoKey, value: unknown, context = ''): Promise<SealedBox> {
  return encryptBytes(key, new TextEncoder().encode(JSON.stringify(value)), context);
}

export async function decryptJson(key: CryptoKey, box: unknown, context = ''): Promise<unknown> {
  const bytes = await decryptBytes(key, box, context);
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}
