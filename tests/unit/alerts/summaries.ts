import type { AlertSummary } from '../../../lib/alerts/alert-state';

/** A summary for alert tests: an open Stage 1 with a deadline, overridable field by field. */
export function summary(overrides: Partial<AlertSummary> = {}): AlertSummary {
  return {
    challengeId: 'c-1',
    status: 'open',
    currentStage: 1,
    dueSoonAt: '2026-03-09T09:00:00.000Z',
    deadline: '2026-03-10T17:00:00.000Z',
    thresholdReached: false,
    partnershipInformed: false,
    ...overrides,
  };
}
