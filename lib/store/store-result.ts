/**
 * Store operations report failure as values (the house habit, see lib/messaging/result.ts, whose
 * `Result` this matches structurally): the background can pass them straight to the page that asked,
 * and every message says what happened and what to do, and that nothing was lost.
 */
export type StoreErrorKind = 'conflict' | 'invalid' | 'quota' | 'blocked' | 'not-found' | 'unknown';

export interface StoreError {
  kind: StoreErrorKind;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (kind: StoreErrorKind, message: string): { ok: false; error: StoreError } => ({
  ok: false,
  error: { kind, message },
});

export const CONFLICT_MESSAGE =
  'This challenge was changed in another tab or window. Reload it to see the latest version; ' +
  'nothing you typed has been saved over it.';

export const QUOTA_MESSAGE =
  'Your browser has run out of storage for Challenge Companion. Nothing new was saved and your ' +
  'earlier records are safe. Export a backup, then free space (for example clear other sites’ data ' +
  'in your browser settings) and try again.';

export const BLOCKED_MESSAGE =
  'Challenge Companion was updated; close other tabs or windows that use it (or restart the ' +
  'browser) so the update can finish. Nothing has been lost.';

/**
 * A failure thrown inside the store that already knows its kind (for example a conflict found halfway
 * through a transaction, which must abort it). `storeErrorFrom` turns it back into a value.
 */
export class StoreFailure extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'StoreFailure';
  }
}

/**
 * Map anything a store operation threw to a message a person can act on. IndexedDB reports storage
 * exhaustion as a DOMException named QuotaExceededError, either thrown by the write itself or as the
 * transaction's error when it aborts; both arrive here.
 */
export function storeErrorFrom(thrown: unknown): StoreError {
  if (thrown instanceof StoreFailure) return { kind: thrown.kind, message: thrown.message };
  const name = errorName(thrown);
  if (name === 'QuotaExceededError') return { kind: 'quota', message: QUOTA_MESSAGE };
  if (name === 'VersionError') {
    return {
      kind: 'blocked',
      message:
        'Your saved challenges were written by a newer version of Challenge Companion. Update the ' +
        'extension (or restart the browser to finish an update); nothing has been changed.',
    };
  }
  const detail =
    thrown instanceof Error || isNamedError(thrown) ? `${name}: ${thrown.message}` : String(thrown);
  return {
    kind: 'unknown',
    message: `Challenge Companion could not use its storage (${detail}). Nothing was changed; try again, and if it keeps happening export a backup and restart the browser.`,
  };
}

function errorName(thrown: unknown): string | undefined {
  return isNamedError(thrown) ? thrown.name : undefined;
}

function isNamedError(thrown: unknown): thrown is { name: string; message: string } {
  return (
    typeof thrown === 'object' &&
    thrown !== null &&
    typeof (thrown as { name?: unknown }).name === 'string' &&
    typeof (thrown as { message?: unknown }).message === 'string'
  );
}

/** Run a store operation and return its outcome as a value, whatever it threw. */
export async function asResult<T>(operation: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await operation());
  } catch (thrown) {
    return { ok: false, error: storeErrorFrom(thrown) };
  }
}
