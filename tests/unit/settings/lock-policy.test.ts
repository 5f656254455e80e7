import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  effectiveAutoLockMinutes,
  LOCK_REQUIRED_MESSAGE,
  lockChangeRefusal,
  lockStatusUnderPolicy,
  type LockChange,
} from '../../../lib/settings/lock-policy';
import type { LockPolicy } from '../../../lib/settings/managed-policy-schema';

const changes: LockChange[] = ['disable', 'set-auto-lock', 'setup', 'unlock', 'lock', 'change-passphrase'];

describe('lockChangeRefusal', () => {
  test.each<[string, LockPolicy, LockChange, string | null]>([
    ['no policy allows turning the lock off', {}, 'disable', null],
    ['lockRequired refuses turning it off', { lockRequired: true }, 'disable', LOCK_REQUIRED_MESSAGE],
    ['lockRequired false allows turning it off', { lockRequired: false }, 'disable', null],
    ['lockRequired still allows setting it up', { lockRequired: true }, 'setup', null],
    ['lockRequired still allows locking', { lockRequired: true }, 'lock', null],
    ['lockRequired still allows a new passphrase', { lockRequired: true }, 'change-passphrase', null],
    ['lockRequired alone allows the own auto-lock time', { lockRequired: true }, 'set-auto-lock', null],
    ['a managed auto-lock time refuses the own', { autoLockMinutes: 5 }, 'set-auto-lock', 'autoLockMinutes:'],
    ['a managed auto-lock time alone allows turning off', { autoLockMinutes: 5 }, 'disable', null],
  ])('%s', (_name, policy, change, expected) => {
    const refusal = lockChangeRefusal(change, policy);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toContain(expected);
  });

  test('only disable and set-auto-lock are ever refused', () => {
    fc.assert(
      fc.property(
        fc.record({ lockRequired: fc.option(fc.boolean(), { nil: undefined }) }),
        fc.option(fc.integer({ min: 1, max: 1440 }), { nil: undefined }),
        fc.constantFrom(...changes),
        (base, minutes, change) => {
          const policy: LockPolicy = {
            ...base,
            ...(minutes === undefined ? {} : { autoLockMinutes: minutes }),
          };
          const refusal = lockChangeRefusal(change, policy);
          if (change !== 'disable' && change !== 'set-auto-lock') expect(refusal).toBeNull();
          if (change === 'disable') expect(refusal !== null).toBe(policy.lockRequired === true);
          if (change === 'set-auto-lock') expect(refusal !== null).toBe(minutes !== undefined);
        },
      ),
    );
  });
});

describe('lockStatusUnderPolicy', () => {
  const own = { enabled: false, locked: false, autoLockMinutes: 15 };

  test.each<[string, LockPolicy, { autoLockMinutes: number; required: boolean; autoLockManaged: boolean }]>([
    [
      'no policy: the own time, nothing managed',
      {},
      { autoLockMinutes: 15, required: false, autoLockManaged: false },
    ],
    ['required', { lockRequired: true }, { autoLockMinutes: 15, required: true, autoLockManaged: false }],
    [
      'managed time overrides',
      { autoLockMinutes: 3 },
      { autoLockMinutes: 3, required: false, autoLockManaged: true },
    ],
    [
      'both',
      { lockRequired: true, autoLockMinutes: 600 },
      { autoLockMinutes: 600, required: true, autoLockManaged: true },
    ],
  ])('%s', (_name, policy, expected) => {
    expect(lockStatusUnderPolicy(own, policy)).toEqual({ ...own, ...expected });
  });

  test('the policy time wins whenever set, else the own time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 480 }),
        fc.option(fc.integer({ min: 1, max: 1440 }), { nil: undefined }),
        (ownMinutes, policyMinutes) => {
          const policy = policyMinutes === undefined ? {} : { autoLockMinutes: policyMinutes };
          expect(effectiveAutoLockMinutes(ownMinutes, policy)).toBe(policyMinutes ?? ownMinutes);
        },
      ),
    );
  });
});
