import { useEffect, useState } from 'preact/hooks';
// Types only: the sidebar opens on this list, and zod, date-fns and the calendar stay out of its first load.
import type { ResponseOf } from '@/lib/messaging/catalogue';
import { useMessenger } from './messenger';
import { deadlineWording } from './deadline-wording';

interface Props {
  caseReference: string;
  /** Challenge ids whose quote the content script found again on this page; null while it has not said. */
  highlightsFound: string[] | null;
  onOpen: (challengeId: string) => void;
}

type Listed = ResponseOf<'challenge/for-case'>['items'][number];

/**
 * Every challenge raised on this case, with where it stands and whether its quote is on this page. One
 * request: the background sends each summary with its stage title and working days left.
 */
export function ChallengeList({ caseReference, highlightsFound, onOpen }: Props) {
  const send = useMessenger();
  const [items, setItems] = useState<Listed[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void send('challenge/for-case', { caseReference }).then((reply) => {
      if (reply.ok) setItems(reply.value.items);
      else setError(reply.error.message);
    });
  }, [send, caseReference]);

  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!items) return <p aria-live="polite">Loading challenges…</p>;
  if (items.length === 0) return <p>No challenges on this case yet.</p>;
  return (
    <ul class="challenge-list" aria-label={`Challenges on ${caseReference}`}>
      {items.map((item) => (
        <li key={item.challengeId} class="challenge-list__item">
          <button type="button" class="link-button" onClick={() => onOpen(item.challengeId)}>
            Stage {item.currentStage}
            {item.stageTitle ? `: ${item.stageTitle}` : ''}
          </button>
          <p data-testid="challenge-standing">
            {item.status === 'open' ? 'Open' : item.status === 'resolved' ? 'Resolved' : 'Withdrawn'}
            {item.status === 'open' && item.deadline
              ? ` · ${deadlineWording(item.deadline, item.deadlineState, item.workingDaysLeft)}`
              : ''}
          </p>
          <p class="hint">
            {highlightsFound?.includes(item.challengeId)
              ? 'Quote highlighted on this page'
              : 'Quote not found on this page'}
          </p>
        </li>
      ))}
    </ul>
  );
}
