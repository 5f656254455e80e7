// Types only: the toolbar popup renders from these, and must not load the calendar or the protocols.
import type { DeadlineState } from '@/lib/calendar';
import type { ListedChallenge } from '@/lib/challenge/listed-challenge';

type Standing = Pick<ListedChallenge, 'status' | 'deadline' | 'deadlineState' | 'workingDaysLeft'>;

/**
 * What summaryDeadline gives, read from a challenge the background listed (its standing already worked
 * out at the reply's `now`): null when the challenge is closed or its stage has no deadline.
 */
export function listedDeadline(
  item: Standing,
): { deadline: string; state: DeadlineState; workingDaysLeft: number | null } | null {
  if (item.status !== 'open' || item.deadline === null) return null;
  return {
    deadline: item.deadline,
    state: item.deadlineState ?? 'on-track',
    workingDaysLeft: item.workingDaysLeft,
  };
}

/** What stageLabel gives: "Stage 2: Manager to manager", or "Stage 2" when the protocol is not installed. */
export function listedStageLabel(item: Pick<ListedChallenge, 'currentStage' | 'stageTitle'>): string {
  return item.stageTitle ? `Stage ${item.currentStage}: ${item.stageTitle}` : `Stage ${item.currentStage}`;
}
