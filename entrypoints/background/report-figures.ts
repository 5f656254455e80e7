import type { ChallengeEvent } from '@/lib/challenge';
import { isSealedEvent, openEvent } from '@/lib/crypto';
import { fail } from '@/lib/messaging/result';
import type { Period } from '@/lib/reports';
import type { StoredEvent } from '@/lib/store';
import { figuresFromStore } from '@/lib/store/figures-pass';
import type { ChallengeService } from './challenge-service';
import { now } from './clock';
import { LOCKED_MESSAGE } from './lock-service';
import { readSettings } from './settings-service';

/**
 * The reports page's figures, counted here in one pass over the store (lib/store/figures-pass.ts): one
 * reply instead of one 'challenge/get' per challenge. Under the lock, sealed events are opened with the
 * keys while unlocked; locked, nothing is read.
 */
export async function reportFigures(challenges: ChallengeService, period: Period) {
  const lock = challenges.lock;
  const lockState = lock ? await lock.state() : 'off';
  const keys = lock && lockState === 'unlocked' ? await lock.keys() : null;
  if (lockState !== 'off' && !keys) return fail('locked', LOCKED_MESSAGE);
  const open = keys
    ? (event: StoredEvent) =>
        isSealedEvent(event) ? openEvent(keys.eventKey, event) : (event as ChallengeEvent)
    : undefined;
  const [at, settings, protocols, db] = await Promise.all([
    now(),
    readSettings(),
    challenges.importedProtocols(),
    challenges.connection.get(),
  ]);
  return figuresFromStore(db, period, { now: at, hours: settings.workingHours, protocols, open });
}
