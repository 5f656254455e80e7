import type { ChallengeSummary } from '../challenge/summary';
import { londonDate } from '../calendar';

/** The fields of a summary the alerts read: nothing a practitioner wrote, not even the case reference. */
export type AlertSummary = Pick<
  ChallengeSummary,
  | 'challengeId'
  | 'status'
  | 'currentStage'
  | 'dueSoonAt'
  | 'deadline'
  | 'thresholdReached'
  | 'partnershipInformed'
>;

export type StageAlert = 'overdue' | 'due-soon' | 'none';

/**
 * Where one challenge's current stage stands at `now`. Worked out from `deadline` and `dueSoonAt`
 * themselves, not from the stored `nextDeadline`: that field was right when the summary was derived and
 * goes stale as time passes (it still points at the due-soon warning after the warning has come).
 * Overdue from the deadline instant itself, as lib/calendar's deadlineStatus has it; due soon from the
 * due-soon warning, or on the deadline's own London day.
 */
export function stageAlert(summary: AlertSummary, now: Date): StageAlert {
  if (summary.status !== 'open' || summary.deadline === null) return 'none';
  const at = now.getTime();
  if (at >= Date.parse(summary.deadline)) return 'overdue';
  if (summary.dueSoonAt !== null && at >= Date.parse(summary.dueSoonAt)) return 'due-soon';
  if (londonDate(now) === londonDate(new Date(summary.deadline))) return 'due-soon';
  return 'none';
}

/**
 * The protocol's reporting threshold reached but the partnership not yet told: the practitioner has
 * something to do however the deadlines stand. Whatever the challenge's status: Darlington 4.1 and
 * LSCB 2019 require telling the partnership once the challenge has *moved to* the threshold stage, even
 * if it was resolved since (see lib/challenge/derive.ts).
 */
export function partnershipMustBeTold(summary: AlertSummary): boolean {
  return summary.thresholdReached && !summary.partnershipInformed;
}
