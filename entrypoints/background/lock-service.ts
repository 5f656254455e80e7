import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  createWrappedKey,
  keysFromMaster,
  MIN_PASSPHRASE_LENGTH,
  unwrapKeys,
  wrapMaster,
  wrappedKeySchema,
  type LockKeys,
  type WrappedKey,
} from '@/lib/crypto';
import { fail, ok, type Result } from '@/lib/messaging/result';
import { effectiveAutoLockMinutes, lockStatusUnderPolicy } from '@/lib/settings/lock-policy';
import { onManagedPolicyChanged, readManagedPolicy } from './managed-policy';

/**
 * The passphrase lock's state. The lock settings and the wrapped data key live in storage.local (none
 * of it secret without the passphrase). The unlocked key lives in this worker's memory and in
 * storage.session, which the browser keeps in memory only, so a worker restart stays unlocked until
 * the browser closes or the auto-lock runs.
 */
const CONFIG_KEY = 'lock';
const SESSION_MASTER_KEY = 'lock:unlocked-master';
const SESSION_ACTIVITY_KEY = 'lock:last-activity';
export const AUTO_LOCK_ALARM = 'challenge-companion:auto-lock';
const DEFAULT_AUTO_LOCK_MINUTES = 15;
/** Re-arming the alarm on every message would be wasteful: once a minute is precise enough. */
const ACTIVITY_GRANULARITY_MS = 60_000;

export const autoLockMinutesSchema = z
  .number()
  .int('must be a whole number of minutes')
  .min(1, 'must be at least 1 minute')
  .max(480, 'must be at most 480 minutes (8 hours)');

const lockConfigSchema = z.object({
  enabled: z.boolean(),
  autoLockMinutes: autoLockMinutesSchema,
  wrappedKey: wrappedKeySchema.optional(),
});
export type LockConfig = z.infer<typeof lockConfigSchema>;

export const LOCKED_MESSAGE =
  'Challenge Companion is locked. Unlock it with your passphrase to see or change challenges.';
const WRONG_PASSPHRASE = 'That passphrase is not the one the lock was set up with. Nothing was unlocked.';

export type LockState = 'off' | 'locked' | 'unlocked';

export function createLockService() {
  let keys: LockKeys | null = null;
  let lastActivityMark = 0;
  const lockListeners: (() => void)[] = [];

  const readConfig = async (): Promise<LockConfig> => {
    const stored = (await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY];
    const parsed = lockConfigSchema.safeParse(stored);
    return parsed.success ? parsed.data : { enabled: false, autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES };
  };
  const writeConfig = (config: LockConfig) => browser.storage.local.set({ [CONFIG_KEY]: config });
  /** IT's auto-lock time, when its policy sets one, replaces the practitioner's own. */
  const minutesInForce = async (config: LockConfig) =>
    effectiveAutoLockMinutes(config.autoLockMinutes, (await readManagedPolicy()).lock);

  const armAutoLock = async (minutes: number) => {
    const at = Date.now();
    lastActivityMark = at;
    await browser.storage.session.set({ [SESSION_ACTIVITY_KEY]: at });
    await browser.alarms.create(AUTO_LOCK_ALARM, { when: at + minutes * 60_000 });
  };

  const becomeUnlocked = async (unlocked: LockKeys, config: LockConfig) => {
    keys = unlocked;
    await browser.storage.session.set({ [SESSION_MASTER_KEY]: unlocked.masterBase64 });
    await armAutoLock(await minutesInForce(config));
  };

  const lock = async () => {
    keys = null;
    await browser.storage.session.remove([SESSION_MASTER_KEY, SESSION_ACTIVITY_KEY]);
    await browser.alarms.clear(AUTO_LOCK_ALARM);
    for (const listener of lockListeners) listener();
  };

  /** After a worker restart: pick the key up from session storage unless the auto-lock time has passed. */
  const restore = async (): Promise<void> => {
    const config = await readConfig();
    if (!config.enabled || keys) return;
    const session = await browser.storage.session.get([SESSION_MASTER_KEY, SESSION_ACTIVITY_KEY]);
    const master = session[SESSION_MASTER_KEY];
    const last = session[SESSION_ACTIVITY_KEY];
    if (typeof master !== 'string') return;
    if (typeof last !== 'number' || Date.now() - last >= (await minutesInForce(config)) * 60_000) {
      await lock();
      return;
    }
    keys = await keysFromMaster(master);
  };
  let restored: Promise<void> | null = null;
  const ready = () => (restored ??= restore().catch(() => undefined));

  return {
    /** Called for every message from an extension page: using the extension postpones the auto-lock. */
    async noteActivity(): Promise<void> {
      await ready();
      if (!keys || Date.now() - lastActivityMark < ACTIVITY_GRANULARITY_MS) return;
      await armAutoLock(await minutesInForce(await readConfig()));
    },
    async state(): Promise<LockState> {
      await ready();
      const config = await readConfig();
      if (!config.enabled) return 'off';
      return keys ? 'unlocked' : 'locked';
    },
    /** The unlocked keys; null when the lock is off or locked. */
    async keys(): Promise<LockKeys | null> {
      await ready();
      return keys;
    },
    onLock(listener: () => void) {
      lockListeners.push(listener);
    },
    async status() {
      const config = await readConfig();
      const state = await this.state();
      const own = {
        enabled: config.enabled,
        locked: state === 'locked',
        autoLockMinutes: config.autoLockMinutes,
      };
      return lockStatusUnderPolicy(own, (await readManagedPolicy()).lock);
    },
    /** Makes new keys; the caller re-encrypts the records and then calls `commitSetup`. */
    async prepareSetup(passphrase: string): Promise<Result<{ keys: LockKeys; wrappedKey: WrappedKey }>> {
      if ((await readConfig()).enabled) return fail('invalid', 'The lock is already on.');
      if (passphrase.length < MIN_PASSPHRASE_LENGTH)
        return fail('invalid', `passphrase: must be at least ${MIN_PASSPHRASE_LENGTH} characters`);
      return ok(await createWrappedKey(passphrase));
    },
    async commitSetup(prepared: { keys: LockKeys; wrappedKey: WrappedKey }, autoLockMinutes?: number) {
      const config: LockConfig = {
        enabled: true,
        autoLockMinutes: autoLockMinutes ?? (await readConfig()).autoLockMinutes,
        wrappedKey: prepared.wrappedKey,
      };
      await writeConfig(config);
      await becomeUnlocked(prepared.keys, config);
    },
    async unlock(passphrase: string): Promise<Result<LockKeys>> {
      const config = await readConfig();
      if (!config.enabled || !config.wrappedKey) return fail('invalid', 'The lock is not on.');
      const unlocked = await unwrapKeys(passphrase, config.wrappedKey);
      if (!unlocked) return fail('forbidden', WRONG_PASSPHRASE);
      await becomeUnlocked(unlocked, config);
      return ok(unlocked);
    },
    lock,
    /** After the caller decrypted the records: forget the key material altogether. */
    async commitDisable() {
      const config = await readConfig();
      await writeConfig({ enabled: false, autoLockMinutes: config.autoLockMinutes });
      keys = null;
      await browser.storage.session.remove([SESSION_MASTER_KEY, SESSION_ACTIVITY_KEY]);
      await browser.alarms.clear(AUTO_LOCK_ALARM);
      for (const listener of lockListeners) listener();
    },
    async setAutoLockMinutes(minutes: number) {
      const config = await readConfig();
      await writeConfig({ ...config, autoLockMinutes: minutes });
      if (keys) await armAutoLock(await minutesInForce({ ...config, autoLockMinutes: minutes }));
    },
    async changePassphrase(current: string, next: string): Promise<Result<object>> {
      const config = await readConfig();
      if (!config.enabled || !config.wrappedKey) return fail('invalid', 'The lock is not on.');
      if (next.length < MIN_PASSPHRASE_LENGTH)
        return fail('invalid', `newPassphrase: must be at least ${MIN_PASSPHRASE_LENGTH} characters`);
      const unlocked = await unwrapKeys(current, config.wrappedKey);
      if (!unlocked) return fail('forbidden', WRONG_PASSPHRASE);
      await writeConfig({ ...config, wrappedKey: await wrapMaster(next, unlocked.masterBase64) });
      return ok({});
    },
    /** The stored wrapped key, for an encrypted backup. */
    async wrappedKey(): Promise<WrappedKey | undefined> {
      return (await readConfig()).wrappedKey;
    },
    listen() {
      // Session storage is for trusted extension contexts only (the default, made explicit).
      void browser.storage.session
        .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
        .catch(() => undefined);
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === AUTO_LOCK_ALARM) void lock();
      });
      // A new policy time applies from now, not from the next use.
      onManagedPolicyChanged(() => {
        if (keys) void readConfig().then(async (config) => armAutoLock(await minutesInForce(config)));
      });
      void ready();
    },
  };
}

export type LockService = ReturnType<typeof createLockService>;
