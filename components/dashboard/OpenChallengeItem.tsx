import type { Nation } from '@/lib/calendar';
import type { ChallengeSummary } from '@/lib/challenge';
import type { Protocol } from '@/lib/protocols';
import { deadlineWording } from '../deadline-wording';
import { stageLabel, summaryDeadline } from './summary-deadline';

interface Props {
  summary: ChallengeSummary;
  protocols: readonly Protocol[];
  now: Date;
  nation: Nation;
  /** The dashboard address of this challenge; the link works with or without `onOpen`. */
  href: string;
  onOpen: (challengeId: string) => void;
}

/** One open challenge in the toolbar popup: case, stage and how long is left, as one link. */
export function OpenChallengeItem({ summary, protocols, now, nation, href, onOpen }: Props) {
  const due = summaryDeadline(summary, now, nation);
  return (
    <li class="popup-challenge">
      <a
        href={href}
        class="popup-challenge__link"
        onClick={(event) => {
          event.preventDefault();
          onOpen(summary.challengeId);
        }}
      >
        <span class="popup-challenge__case">{summary.caseReference || 'No case reference'}</span>
        <span class="visually-hidden">, </span>
        <span class="popup-challenge__stage">{stageLabel(summary, protocols)}</span>
        <span class="visually-hidden">, </span>
        <span class={`popup-challenge__due deadline--${due?.state ?? 'none'}`}>
          {due ? deadlineWording(due.deadline, due.state, due.workingDaysLeft) : 'No deadline at this stage'}
        </span>
      </a>
    </li>
  );
}
