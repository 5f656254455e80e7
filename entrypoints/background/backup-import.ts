import { unwrapKeys, wrappedKeySchema, type LockKeys, type WrappedKey } from '@/lib/crypto';
import { fail, ok, type Result } from '@/lib/messaging/result';
import type { Protocol } from '@/lib/protocols';
import {
  importBackupText,
  resolveBackupProtocols,
  type ChallengeDatabase,
  type ChallengeDeps,
  type ImportMode,
  type InstalledProtocols,
} from '@/lib/store';
import type { IncomingBackup, LockedRecords } from './locked-records';
import { LOCKED_MESSAGE, type LockService, type LockState } from './lock-service';

/**
 * 'data/import-commit', once every part has arrived (data-transfer.ts): a plain backup, an encrypted
 * backup of this profile's lock, or an encrypted backup restored on another computer with its
 * passphrase (docs/backup-format.md, "Encrypted backups").
 */
export interface BackupImportContext {
  db: ChallengeDatabase;
  lockState: LockState;
  keys: LockKeys | null;
  lock?: LockService | undefined;
  locked?: LockedRecords | undefined;
  installedProtocols: InstalledProtocols;
  /**
   * The rules' deps with these imported protocols: the installed ones merged with the backup's, so a
   * challenge under a protocol the file brings is checked with it in the same import.
   */
  depsFor: (importedProtocols: readonly Protocol[]) => ChallengeDeps;
}

const NOT_A_BACKUP = 'The file is not a Challenge Companion backup; nothing was changed.';
const NEEDS_PASSPHRASE =
  'This backup is encrypted under a passphrase lock that is not the one on this browser. Type the ' +
  'passphrase it was made under to restore it; nothing was changed.';
const WRONG_PASSPHRASE = 'That passphrase does not open this backup. Nothing was changed.';
const RESTORE_NEEDS_EMPTY =
  'An encrypted backup from another browser brings its own lock, so it can only be restored into an ' +
  'empty store, or with "Replace them all with the backup". Nothing was changed.';

export async function importBackupData(
  context: BackupImportContext,
  fileText: string,
  mode: ImportMode,
  passphrase?: string,
): Promise<Result<{ challenges: number; events: number }>> {
  const { db, lockState, keys, lock, locked } = context;
  if (lockState === 'locked') return fail('locked', LOCKED_MESSAGE);
  const file = parseJsonObject(fileText);
  // The file's protocols are checked first and written by the same transaction as its challenges.
  const protocols = resolveBackupProtocols(file, context.installedProtocols, mode);
  if (!protocols.ok)
    return fail(
      'invalid',
      ['The backup was not imported and nothing was changed:', ...protocols.errors].join('\n'),
    );
  const deps = context.depsFor(protocols.effective);
  const putMeta = protocols.putMeta;
  const lockBlock = file?.['lock'];
  let wrappedKey: WrappedKey | null = null;
  if (lockBlock !== undefined) {
    const parsed = wrappedKeySchema.safeParse((lockBlock as { wrappedKey?: unknown } | null)?.wrappedKey);
    if (!parsed.success)
      return fail(
        'invalid',
        'lock.wrappedKey: is not a wrapped key this release reads; nothing was changed.',
      );
    wrappedKey = parsed.data;
  }
  const incoming = file as IncomingBackup | null;

  if (wrappedKey && !(keys && (await sameLock(wrappedKey, keys, lock, passphrase)))) {
    // Another profile's lock: restore it here, with its passphrase.
    if (!lock || !locked) return fail('unavailable', 'The lock is not available here.');
    if (passphrase === undefined || passphrase === '') return fail('invalid', NEEDS_PASSPHRASE);
    if (!incoming || !Array.isArray(incoming.challenges)) return fail('invalid', NOT_A_BACKUP);
    if (mode === 'merge' && (await db.count('challenges')) > 0) return fail('invalid', RESTORE_NEEDS_EMPTY);
    const restored = await unwrapKeys(passphrase, wrappedKey);
    if (!restored) return fail('forbidden', WRONG_PASSPHRASE);
    const written = await locked.importSealed(db, restored, incoming, mode, deps, { putMeta });
    if (!written.ok) return written;
    // Records first, then the lock (as when setting it up): the profile now has the backup's lock.
    await lock.commitSetup({ keys: restored, wrappedKey });
    return ok({ challenges: written.value.challenges, events: 0 });
  }
  if (keys && locked) {
    if (!incoming || !Array.isArray(incoming.challenges)) return fail('invalid', NOT_A_BACKUP);
    const written = await locked.rewriteAll(db, keys, keys, deps, { file: incoming, mode, putMeta });
    return written.ok ? ok({ challenges: written.value.challenges, events: 0 }) : written;
  }
  const report = await importBackupText(db, fileText, deps, mode, { putMeta });
  return report.ok ? ok({ challenges: report.value.challengesAdded, events: 0 }) : report;
}

/**
 * The file's key is this profile's: the same wrapped key, or (after a passphrase change on either
 * side) the same data key once unwrapped with the passphrase given.
 */
async function sameLock(
  wrappedKey: WrappedKey,
  keys: LockKeys,
  lock: LockService | undefined,
  passphrase: string | undefined,
): Promise<boolean> {
  if (JSON.stringify(wrappedKey) === JSON.stringify(await lock?.wrappedKey())) return true;
  if (!passphrase) return false;
  return (await unwrapKeys(passphrase, wrappedKey))?.masterBase64 === keys.masterBase64;
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
