import { z } from 'zod';

/**
 * The passphrase lock's messages (options page, and the unlock form of the sidebar, dashboard and
 * popup). Spread into the catalogue beside the challenge messages.
 */
const fromPages = ['extension-page'] as const;
const MIN_PASSPHRASE = 12;
const passphrase = z.string().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');
const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE, `must be at least ${MIN_PASSPHRASE} characters`)
  .max(1000, 'must be at most 1000 characters');
const autoLockMinutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(1, 'must be at least 1 minute')
  .max(480, 'must be at most 480 minutes (8 hours)');
const lockStatus = z.object({
  enabled: z.boolean(),
  locked: z.boolean(),
  autoLockMinutes: z.number(),
  /** IT's policy requires the lock: it cannot be turned off. */
  required: z.boolean(),
  /** The auto-lock time is IT's (policy), not the practitioner's own. */
  autoLockManaged: z.boolean(),
});

export const lockMessages = {
  'lock/status': {
    description: 'Whether the passphrase lock is on, and whether it is locked now.',
    from: fromPages,
    request: z.object({}).strict(),
    response: lockStatus,
  },
  'lock/setup': {
    description: 'Turn the lock on with a new passphrase; every stored record is encrypted.',
    from: fromPages,
    request: z.object({ passphrase: newPassphrase, autoLockMinutes: autoLockMinutes.optional() }),
    response: lockStatus,
  },
  'lock/unlock': {
    description: 'Unlock with the passphrase; a wrong passphrase is refused.',
    from: fromPages,
    request: z.object({ passphrase }),
    response: lockStatus,
  },
  'lock/lock': {
    description: 'Lock now: the key and every decrypted copy are forgotten.',
    from: fromPages,
    request: z.object({}).strict(),
    response: lockStatus,
  },
  'lock/disable': {
    description: 'Turn the lock off with the passphrase; the records are stored unencrypted again.',
    from: fromPages,
    request: z.object({ passphrase }),
    response: lockStatus,
  },
  'lock/set-auto-lock': {
    description: 'How many minutes without use before the lock locks itself.',
    from: fromPages,
    request: z.object({ autoLockMinutes }),
    response: lockStatus,
  },
  'lock/change-passphrase': {
    description: 'Re-wrap the data key under a new passphrase (the records are not re-encrypted).',
    from: fromPages,
    request: z.object({ passphrase, newPassphrase }),
    response: lockStatus,
  },
} as const;
