import type { LockPolicy } from './managed-policy-schema';

/**
 * IT's lock policy laid over the practitioner's own lock settings (docs/SECURITY.md, "Passphrase
 * lock"): `lockRequired` keeps the lock from being turned off, `autoLockMinutes` replaces their own.
 * Pure, so the background's enforcement and the options page agree and can be tested without a browser.
 */

export const LOCK_REQUIRED_MESSAGE = 'Your organisation requires the passphrase lock.';

export interface OwnLockStatus {
  enabled: boolean;
  locked: boolean;
  autoLockMinutes: number;
}

export interface LockStatus extends OwnLockStatus {
  /** The organisation's policy requires the lock: it cannot be turned off here. */
  required: boolean;
  /** The auto-lock time is the organisation's, not the practitioner's own. */
  autoLockManaged: boolean;
}

/** The auto-lock time in force: the policy's when it sets one, else the practitioner's own. */
export function effectiveAutoLockMinutes(ownMinutes: number, policy: LockPolicy): number {
  return policy.autoLockMinutes ?? ownMinutes;
}

export function lockStatusUnderPolicy(own: OwnLockStatus, policy: LockPolicy): LockStatus {
  return {
    ...own,
    autoLockMinutes: effectiveAutoLockMinutes(own.autoLockMinutes, policy),
    required: policy.lockRequired === true,
    autoLockManaged: policy.autoLockMinutes !== undefined,
  };
}

export type LockChange = 'disable' | 'set-auto-lock' | 'setup' | 'unlock' | 'lock' | 'change-passphrase';

/** Why the policy refuses this change, or null when it allows it. */
export function lockChangeRefusal(change: LockChange, policy: LockPolicy): string | null {
  if (change === 'disable' && policy.lockRequired === true)
    return `${LOCK_REQUIRED_MESSAGE} It stays on; nothing was changed.`;
  if (change === 'set-auto-lock' && policy.autoLockMinutes !== undefined)
    return 'autoLockMinutes: is set by your organisation and cannot be changed here. Nothing was saved.';
  return null;
}
