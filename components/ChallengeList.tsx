import { useEffect, useState } from 'preact/hooks';
import type { ChallengeState } from '@/lib/challenge';
import { sendMessage } from '@/lib/messaging/send';
import { deadlineWording } from './deadline-wording';

interface Props {
  caseReference: string;
  /** Challenge ids whose quote the content script found again on this page; null while it has not said. */
  highlightsFound: string[] | null;
  onOpen: (challengeId: string) => void;
}

/** Every challenge raised on this case, with where it stands and whether its quote is on this page. */
export function ChallengeList({ caseReference, highlightsFound, onOpen }: Props) {
  const [states, setStates] = useState<ChallengeState[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const reply = await sendMessage('challenge/for-case', { caseReference });
      if (!reply.ok) return setError(reply.error.message);
      // The summaries lack working days left; each challenge's derived state has it.
      const loaded = await Promise.all(
        reply.value.items.map((item) => sendMessage('challenge/get', { challengeId: item.challengeId })),
      );
      setStates(loaded.flatMap((one) => (one.ok ? [one.value.state] : [])));
    })();
  }, [caseReference]);

  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!states) return <p aria-live="polite">Loading challenges…</p>;
  if (states.length === 0) return <p>No challenges on this case yet.</p>;
  return (
    <ul class="challenge-list" aria-label={`Challenges on ${caseReference}`}>
      {states.map((state) => (
        <li key={state.challengeId} class="challenge-list__item">
          <button type="button" class="link-button" onClick={() => onOpen(state.challengeId)}>
            Stage {state.currentStage}
            {state.stageTitle ? `: ${state.stageTitle}` : ''}
          </button>
          <p>
            {state.status === 'open' ? 'Open' : state.status === 'resolved' ? 'Resolved' : 'Withdrawn'}
            {state.deadline
              ? ` · ${deadlineWording(state.deadline.deadline, state.deadlineState, state.workingDaysLeft)}`
              : ''}
          </p>
          <p class="hint">
            {highlightsFound?.includes(state.challengeId)
              ? 'Quote highlighted on this page'
              : 'Quote not found on this page'}
          </p>
        </li>
      ))}
    </ul>
  );
}
