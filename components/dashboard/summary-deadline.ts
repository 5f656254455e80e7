import type { DeadlineState, Nation } from '../../lib/calendar';
import type { ChallengeSummary } from '../../lib/challenge';
import { summaryStanding } from '../../lib/challenge/summary-standing';
import type { Protocol } from '../../lib/protocols';

export { byDeadline } from '../../lib/challenge/deadline-order';

export interface SummaryDeadline {
  deadline: string;
  state: DeadlineState;
  workingDaysLeft: number | null;
}

/**
 * Where a listed challenge stands against its deadline at `now`, from the summary alone (lists never read
 * a challenge's events): the same standing the background gives the sidebar's list (summaryStanding).
 * Working days are counted on the nation the deadline was counted on, or `nation` (the settings') for a
 * summary stored before it kept one. Null when the challenge is closed or its stage has no deadline.
 */
export function summaryDeadline(
  summary: Pick<ChallengeSummary, 'status' | 'deadline' | 'dueSoonAt' | 'nation'>,
  now: Date,
  nation: Nation,
): SummaryDeadline | null {
  if (summary.status !== 'open' || summary.deadline === null) return null;
  const { deadlineState, workingDaysLeft } = summaryStanding(summary, now, nation);
  return { deadline: summary.deadline, state: deadlineState ?? 'on-track', workingDaysLeft };
}

/** "Stage 2: Manager to manager", or just "Stage 2" when the protocol is not installed. */
export function stageLabel(
  summary: Pick<ChallengeSummary, 'protocolId' | 'currentStage'>,
  protocols: readonly Protocol[],
): string {
  const protocol = protocols.find((p) => p.id === summary.protocolId);
  const title = protocol?.stages.find((stage) => stage.number === summary.currentStage)?.title;
  return title ? `Stage ${summary.currentStage}: ${title}` : `Stage ${summary.currentStage}`;
}

/** The label of an area of disagreement, from whichever installed protocol defines it. */
export function areaLabel(areaId: string, protocols: readonly Protocol[]): string {
  for (const protocol of protocols) {
    const area = protocol.areasOfDisagreement.find((a) => a.id === areaId);
    if (area) return area.label;
  }
  return areaId;
}
