import { useState } from 'preact/hooks';
import type { ChallengeState } from '@/lib/challenge';
import { longDate, londonDay } from '@/lib/drafts';
import type { Protocol } from '@/lib/protocols';
import { SelectField, TextField } from '../Field';
import { useMessenger } from '../messenger';
import { appendEvent } from './append-event';

/**
 * "Mark the partnership as informed": recorded at the current stage, by the recording tool or by email
 * (Darlington 4.2 and Stage 3; LSCB 2019 "Reporting the use of professional challenge").
 */
export function PartnershipInformed(props: {
  challengeId: string;
  protocol: Protocol;
  state: ChallengeState;
  informedAt: string | null;
  onChanged: () => void;
}) {
  const { challengeId, protocol, state, informedAt, onChanged } = props;
  const send = useMessenger();
  const [method, setMethod] = useState<'recording-tool' | 'email'>(
    protocol.recordingTool ? 'recording-tool' : 'email',
  );
  const [recipient, setRecipient] = useState(protocol.reportTo.email ?? protocol.reportTo.name);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const outcome = await appendEvent(send, challengeId, state.seq, {
      type: 'partnership-informed',
      atStage: state.currentStage,
      method,
      ...(recipient.trim() === '' ? {} : { recipient: recipient.trim() }),
    });
    setBusy(false);
    if (outcome.ok) {
      setProblem(null);
      onChanged();
    } else {
      setProblem({ message: outcome.message ?? 'Nothing was saved.', conflict: outcome.conflict ?? false });
    }
  }

  return (
    <form
      class="no-print stack"
      aria-label="Mark the partnership as informed"
      onSubmit={(event) => void submit(event)}
    >
      <h3>Mark the partnership as informed</h3>
      {informedAt && <p role="status">The partnership was informed on {longDate(londonDay(informedAt))}.</p>}
      <SelectField
        id="informed-method"
        label="How"
        value={method}
        options={[
          { value: 'recording-tool', label: 'Sent the recording tool' },
          { value: 'email', label: 'By email' },
        ]}
        onChange={(value) => setMethod(value === 'email' ? 'email' : 'recording-tool')}
      />
      <TextField id="informed-recipient" label="Sent to" value={recipient} onInput={setRecipient} />
      {problem && (
        <div class="error-summary" role="alert">
          <p>{problem.message}</p>
          {problem.conflict && (
            <button type="button" class="button button--secondary" onClick={onChanged}>
              Reload
            </button>
          )}
        </div>
      )}
      <button type="submit" class="button" disabled={busy}>
        Mark the partnership as informed
      </button>
    </form>
  );
}
