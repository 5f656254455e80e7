import type { z } from 'zod';

/**
 * What the store needs to know about a challenge, and nothing more. The domain (lib/challenge) owns
 * the event schema, the rules and the summary; the store is generic over them so it can keep events
 * and summaries without depending on how a stage or a deadline is worked out.
 */

export type ChallengeStatus = 'open' | 'resolved' | 'withdrawn';
export const CHALLENGE_STATUSES: readonly ChallengeStatus[] = ['open', 'resolved', 'withdrawn'];

/** The fields every stored event has: its key in the `events` store is [challengeId, seq]. */
export interface StoredEvent {
  id: string;
  challengeId: string;
  /** 0 for the event that opened the challenge, then 1, 2, 3 … without gaps. */
  seq: number;
  /** ISO instant the event happened. */
  at: string;
  type: string;
}

/** The fields of a challenge's summary row that the store indexes and filters on. */
export interface StoredSummary {
  challengeId: string;
  status: ChallengeStatus;
  /** Seq of the last event folded into this summary: the version a writer must expect. */
  seq: number;
  caseReference: string | null;
  protocolId: string;
  currentStage: unknown;
  areaOfDisagreement: unknown;
  /** ISO instant of the next thing an alert cares about (due-soon or deadline), null when none runs. */
  nextDeadline: string | null;
  /** ISO instant the current stage's time runs out, when the summary carries it; overdue means past it. */
  deadline?: string | null;
  /** ISO instant the current stage counts as due soon (never after `deadline`), when carried. */
  dueSoonAt?: string | null;
  /** The protocol's reporting threshold was reached (lib/challenge/derive.ts), when carried. */
  thresholdReached?: boolean;
  partnershipInformed?: boolean;
  /** ISO instant of the latest event. */
  lastChangeAt: string;
}

/** The rules' reason for refusing an event, as lib/challenge/rules.ts returns it. */
export interface RuleRefusal {
  ok: false;
  rule: string;
  message: string;
}

export interface ChallengeStoreDeps<E extends StoredEvent, S extends StoredSummary> {
  /** Parses one event from untrusted input (a backup file); its issues name the field. */
  eventSchema: z.ZodType<E>;
  /** The challenge rules: the history with `next` appended, or why `next` may not follow it. */
  appendEvent(history: readonly E[], next: E): { ok: true; events: readonly E[] } | RuleRefusal;
  /** The summary row of a non-empty, rule-abiding history. Pure and synchronous. */
  summarise(history: readonly E[]): S;
}
