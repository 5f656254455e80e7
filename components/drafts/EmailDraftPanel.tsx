import { useState } from 'preact/hooks';
import type { ChallengeEvent, ChallengeState } from '@/lib/challenge';
import { availableDrafts, draftEmail, type EmailKind } from '@/lib/drafts';
import type { Protocol } from '@/lib/protocols';
import type { Settings } from '@/lib/settings/settings-schema';
import { SelectField } from '../Field';
import { DraftEditor } from './DraftEditor';
import { KIND_LABELS } from './email-ways-out';
import './drafts.css';

interface Props {
  challengeId: string;
  protocol: Protocol;
  events: readonly ChallengeEvent[];
  state: ChallengeState;
  settings: Settings;
  /** "Today" for the draft: the instant the background derived the state at. */
  now: Date;
  /** Only these kinds, where available (e.g. the partnership report on the records page). */
  only?: readonly EmailKind[];
  onChanged: () => void;
}

/**
 * The emails the protocol asks for at this point, drafted from the history for the practitioner to edit
 * and send by the way they choose. Each way out is recorded in the history.
 */
export function EmailDraftPanel(props: Props) {
  const { challengeId, protocol, events, state, settings, now, only, onChanged } = props;
  const kinds = availableDrafts(protocol, state).filter((kind) => only === undefined || only.includes(kind));
  const [chosen, setChosen] = useState<EmailKind | ''>('');
  // By default the email for the point the challenge has reached (kinds come in the protocol's order).
  const kind = chosen !== '' && kinds.includes(chosen) ? chosen : kinds[kinds.length - 1];
  if (kind === undefined) return <p>No email is suggested at this point of the challenge.</p>;
  let initial;
  try {
    initial = draftEmail(kind, { protocol, events, state, settings, now });
  } catch (error) {
    return (
      <p role="alert" class="error">
        This email cannot be drafted: {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  return (
    <div class="email-draft-panel">
      {kinds.length > 1 ? (
        <SelectField
          id={`email-kind-${challengeId}`}
          label="Which email"
          value={kind}
          options={kinds.map((value) => ({ value, label: KIND_LABELS[value] }))}
          onChange={(value) => setChosen(value as EmailKind)}
        />
      ) : (
        <p>
          <strong>{KIND_LABELS[kind]}</strong>
        </p>
      )}
      {/* Keyed by kind: choosing another email starts from its own draft; edits survive a reload. */}
      <DraftEditor
        key={kind}
        challengeId={challengeId}
        state={state}
        kind={kind}
        initial={initial}
        preferredChannel={settings.emailChannel}
        practitioner={settings.practitioner}
        onChanged={onChanged}
      />
    </div>
  );
}
