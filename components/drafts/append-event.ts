import { newChallengeEventSchema } from '@/lib/challenge';
import type { Messenger } from '../messenger';

export interface AppendOutcome {
  ok: boolean;
  /** Set when nothing was saved: what happened and what to do. */
  message?: string;
  /** The history changed since this view was drawn: reload before trying again. */
  conflict?: boolean;
}

/** Appends one event at `expectedSeq`, parsed first so a bad value is named here rather than refused later. */
export async function appendEvent(
  send: Messenger,
  challengeId: string,
  expectedSeq: number,
  event: unknown,
): Promise<AppendOutcome> {
  const parsed = newChallengeEventSchema.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}` };
  }
  const reply = await send('challenge/append', { challengeId, expectedSeq, event: parsed.data });
  if (reply.ok) return { ok: true };
  return { ok: false, message: reply.error.message, conflict: reply.error.kind === 'conflict' };
}
