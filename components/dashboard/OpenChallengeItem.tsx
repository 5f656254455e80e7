import type { ListedChallenge } from '@/lib/challenge/listed-challenge';
import { deadlineWording } from '../deadline-wording';
import { listedDeadline, listedStageLabel } from './listed-deadline';

interface Props {
  /** Listed by the background, with its stage title and standing: the popup loads no calendar code. */
  challenge: ListedChallenge;
  /** The dashboard address of this challenge; the link works with or without `onOpen`. */
  href: string;
  onOpen: (challengeId: string) => void;
}

/** One open challenge in the toolbar popup: case, stage and how long is left, as one link. */
export function OpenChallengeItem({ challenge, href, onOpen }: Props) {
  const due = listedDeadline(challenge);
  return (
    <li class="popup-challenge">
      <a
        href={href}
        class="popup-challenge__link"
        onClick={(event) => {
          event.preventDefault();
          onOpen(challenge.challengeId);
        }}
      >
        <span class="popup-challenge__case">{challenge.caseReference || 'No case reference'}</span>
        <span class="visually-hidden">, </span>
        <span class="popup-challenge__stage">{listedStageLabel(challenge)}</span>
        <span class="visually-hidden">, </span>
        <span class={`popup-challenge__due deadline--${due?.state ?? 'none'}`}>
          {due ? deadlineWording(due.deadline, due.state, due.workingDaysLeft) : 'No deadline at this stage'}
        </span>
      </a>
    </li>
  );
}
