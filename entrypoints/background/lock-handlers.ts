import type { MessageHandlers } from '@/lib/messaging/router';
import { fail, ok } from '@/lib/messaging/result';
import { lockChangeRefusal, type LockChange } from '@/lib/settings/lock-policy';
import { readManagedPolicy } from './managed-policy';
import type { ChallengeService } from './challenge-service';

type LockHandlers = Pick<
  MessageHandlers,
  | 'lock/status'
  | 'lock/setup'
  | 'lock/unlock'
  | 'lock/lock'
  | 'lock/disable'
  | 'lock/set-auto-lock'
  | 'lock/change-passphrase'
>;

/** The passphrase lock's message handlers: each replies with the lock's status after the change. */
export function createLockHandlers(challenges: ChallengeService): LockHandlers {
  const lock = challenges.lock;
  if (!lock) return unavailable();
  /** IT's policy (lockRequired, autoLockMinutes) refuses some changes before anything is touched. */
  const refusedByPolicy = async (change: LockChange) => {
    const refusal = lockChangeRefusal(change, (await readManagedPolicy()).lock);
    return refusal === null ? null : fail('forbidden', refusal);
  };
  return {
    'lock/status': async () => ok(await lock.status()),
    'lock/setup': ({ passphrase, autoLockMinutes }) => challenges.setUpLock(passphrase, autoLockMinutes),
    'lock/unlock': async ({ passphrase }) => {
      const unlocked = await lock.unlock(passphrase);
      return unlocked.ok ? ok(await lock.status()) : unlocked;
    },
    'lock/lock': async () => {
      await lock.lock();
      return ok(await lock.status());
    },
    'lock/disable': async ({ passphrase }) =>
      (await refusedByPolicy('disable')) ?? challenges.disableLock(passphrase),
    'lock/set-auto-lock': async ({ autoLockMinutes }) => {
      const refused = await refusedByPolicy('set-auto-lock');
      if (refused) return refused;
      await lock.setAutoLockMinutes(autoLockMinutes);
      return ok(await lock.status());
    },
    'lock/change-passphrase': async ({ passphrase, newPassphrase }) => {
      const changed = await lock.changePassphrase(passphrase, newPassphrase);
      return changed.ok ? ok(await lock.status()) : changed;
    },
  };
}

function unavailable(): LockHandlers {
  const refuse = () => Promise.resolve(fail('unavailable', 'The passphrase lock is not available here.'));
  return {
    'lock/status': refuse,
    'lock/setup': refuse,
    'lock/unlock': refuse,
    'lock/lock': refuse,
    'lock/disable': refuse,
    'lock/set-auto-lock': refuse,
    'lock/change-passphrase': refuse,
  };
}
