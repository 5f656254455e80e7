/**
 * Replies cross every boundary as values, never as thrown errors (hypothesis/client's habit): a caller
 * always gets either the value or a message a person can act on.
 */
export type ErrorKind =
  | 'invalid'
  | 'forbidden'
  | 'conflict'
  | 'quota'
  | 'blocked'
  | 'not-found'
  | 'locked'
  | 'unavailable'
  | 'unknown';

export interface ResultError {
  kind: ErrorKind;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (kind: ErrorKind, message: string): { ok: false; error: ResultError } => ({
  ok: false,
  error: { kind, message },
});
