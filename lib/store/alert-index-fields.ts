import type { StoredSummary } from './store-deps';

/**
 * Row-only fields that let the badge count instead of list (docs/PERFORMANCE.md, "Badge recompute"):
 * each is indexed, and a value of null is not a valid IndexedDB key, so rows without it stay out of
 * the index altogether.
 */
export interface AlertIndexFields {
  /**
   * 1 when the protocol's reporting threshold is reached and the partnership not yet told, whatever
   * the status (lib/alerts/alert-state.ts partnershipMustBeTold); 0 otherwise.
   */
  needsPartnership: 0 | 1;
  /**
   * The due-soon instant while the row still points `nextDeadline` at it: once it has passed, the row
   * must be re-derived so that `nextDeadline` moves on to the deadline. Null when nothing is pending.
   */
  refreshAt: string | null;
}

export const ALERT_INDEX_FIELDS = ['needsPartnership', 'refreshAt'] as const;

export function alertIndexFields(summary: StoredSummary): AlertIndexFields {
  const next = summary.nextDeadline;
  const waitingForWarning =
    next !== null && next === summary.dueSoonAt && next !== (summary.deadline ?? null);
  return {
    needsPartnership: summary.thresholdReached === true && summary.partnershipInformed !== true ? 1 : 0,
    refreshAt: waitingForWarning ? next : null,
  };
}
