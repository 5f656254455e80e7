import { useMemo, useState } from 'preact/hooks';
import { toneCheck, type EmailDraft, type EmailKind } from '@/lib/drafts';
import type { ChallengeState } from '@/lib/challenge';
import type { EmailChannel, Practitioner } from '@/lib/settings/settings-schema';
import { TextField } from '../Field';
import { useMessenger } from '../messenger';
import { appendEvent } from './append-event';
import { EmailWaysOut } from './EmailWaysOut';
import { emailDraftedEvent, recipientsFromText } from './email-ways-out';
import { ToneFindings } from './ToneFindings';

const BODY_LABEL = 'Body';

interface Props {
  challengeId: string;
  state: ChallengeState;
  kind: EmailKind;
  initial: EmailDraft;
  preferredChannel: EmailChannel;
  practitioner: Practitioner;
  onChanged: () => void;
}

/** One draft, editable: To, Subject, Body, the tone check under the body, then the ways out. */
export function DraftEditor({
  challengeId,
  state,
  kind,
  initial,
  preferredChannel,
  practitioner,
  onChanged,
}: Props) {
  const send = useMessenger();
  const [to, setTo] = useState(initial.to.join(', '));
  const [subject, setSubject] = useState(initial.subject);
  const [body, setBody] = useState(initial.body);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const draft: EmailDraft = { kind, to: recipientsFromText(to), subject, body };
  const findings = useMemo(() => toneCheck(body, { subject: state.subject }), [body, state.subject]);
  const prefix = `draft-${kind}`;
  const bodyId = `${prefix}-body`;

  async function record(channel: EmailChannel, label: string) {
    const outcome = await appendEvent(send, challengeId, state.seq, emailDraftedEvent(kind, channel, draft));
    if (outcome.ok) {
      setProblem(null);
      setRecorded(`${label}: recorded in the history as “Email drafted”.`);
      onChanged();
    } else {
      setRecorded(null);
      setProblem({
        message: outcome.message ?? 'The email was not recorded.',
        conflict: outcome.conflict ?? false,
      });
    }
  }

  return (
    <div class="draft-editor">
      <TextField
        id={`${prefix}-to`}
        label="To"
        hint="Separate addresses with commas."
        value={to}
        onInput={setTo}
      />
      <TextField id={`${prefix}-subject`} label="Subject" value={subject} onInput={setSubject} />
      <div class="field">
        {/* `for` names the textarea; jsx-a11y knows only React's htmlFor, as in Field.tsx. */}
        <label for={bodyId}>{BODY_LABEL}</label>
        <textarea
          id={bodyId}
          class="draft-editor__body"
          rows={16}
          value={body}
          aria-describedby={`${prefix}-tone`}
          onInput={(event) => setBody(event.currentTarget.value)}
        />
      </div>
      <ToneFindings id={`${prefix}-tone`} findings={findings} />
      <EmailWaysOut
        draft={draft}
        kind={kind}
        caseReference={state.caseReference}
        preferredChannel={preferredChannel}
        practitioner={practitioner}
        onUsed={(channel, label) => void record(channel, label)}
      />
      <div role="status" class="draft-editor__recorded">
        {recorded}
      </div>
      {problem && (
        <div class="error-summary" role="alert">
          <p>{problem.message}</p>
          {problem.conflict && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setProblem(null);
                onChanged();
              }}
            >
              Reload
            </button>
          )}
        </div>
      )}
    </div>
  );
}
