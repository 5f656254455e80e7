/**
 * The passphrase lock's cryptography (AES-256-GCM, PBKDF2-SHA256, HKDF, HMAC through WebCrypto). Pure:
 * keys are passed in; where they are kept is the background's business.
 */
export {
  decryptBytes,
  decryptJson,
  encryptBytes,
  encryptJson,
  fromBase64,
  sealedBoxSchema,
  SealedBoxError,
  toBase64,
  type SealedBox,
} from './sealed-box';
export {
  caseReferenceIndexKey,
  createWrappedKey,
  deriveKey,
  keysFromMaster,
  MIN_PASSPHRASE_LENGTH,
  PBKDF2_ITERATIONS,
  unwrapKeys,
  wrapMaster,
  wrappedKeySchema,
  type LockKeys,
  type WrappedKey,
} from './lock-keys';
export {
  isSealedEvent,
  openEvent,
  OpenEventError,
  sealedEventSchema,
  sealEvent,
  type SealedEvent,
} from './sealed-event';
export { createSealedDeps, type SealedDepsContext } from './sealed-deps';
