import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ChallengeEvent, ChallengeState } from '@/lib/challenge';
import { describeTimeframe, qualitiesOfGoodChallenge, type Protocol } from '@/lib/protocols';
import { useMessenger } from './messenger';
import type { Settings } from '@/lib/settings/settings-schema';
import { ChallengeActions } from './ChallengeActions';
import { ChallengeFileLinks } from './drafts/ChallengeFileLinks';
import { EmailDraftPanel } from './drafts/EmailDraftPanel';
import { deadlineWording } from './deadline-wording';
import { Timeline } from './Timeline';

interface Loaded {
  events: ChallengeEvent[];
  state: ChallengeState;
  now: string;
  /** For the email drafts (the practitioner's name, subject marking, way out); null if they could not be read. */
  settings: Settings | null;
}

const STATUS: Record<ChallengeState['status'], string> = {
  open: 'Open',
  resolved: 'Resolved',
  withdrawn: 'Withdrawn',
};

/** One challenge: where it stands, what to do at this stage, the actions, and its history. */
export function ChallengeView(props: {
  challengeId: string;
  protocols: Protocol[];
  onBack: () => void;
  /** What "back" returns to where the view is shown (the sidebar: this case's challenges). */
  backLabel?: string;
}) {
  const { challengeId, protocols, onBack, backLabel = 'Back to this case’s challenges' } = props;
  const send = useMessenger();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    void Promise.all([send('challenge/get', { challengeId }), send('settings/get', {})]).then(
      ([reply, settings]) => {
        if (reply.ok) {
          setLoaded({
            events: reply.value.events,
            state: reply.value.state,
            now: reply.value.now,
            settings: settings.ok ? settings.value.settings : null,
          });
          setError(null);
        } else setError(reply.error.message);
      },
    );
  }, [send, challengeId]);
  useEffect(load, [load]);

  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!loaded) return <p aria-live="polite">Loading the challenge…</p>;
  const { state, events, now, settings } = loaded;
  const protocol = protocols.find((p) => p.id === state.protocolId);
  const stage = protocol?.stages.find((s) => s.number === state.currentStage);
  return (
    <article class="stack" aria-labelledby="challenge-heading">
      <button type="button" class="link-button" onClick={onBack}>
        {backLabel}
      </button>
      <h2 id="challenge-heading">
        Stage {state.currentStage}: {state.stageTitle ?? stage?.title ?? ''}
      </h2>
      <dl class="facts">
        <dt>Status</dt>
        <dd>{STATUS[state.status]}</dd>
        <dt>Case</dt>
        <dd>{state.caseReference}</dd>
        <dt>Decision</dt>
        <dd>{state.decision.quote}</dd>
        <dt>Timeframe</dt>
        <dd>{describeTimeframe(state.timeframe)}</dd>
        {state.deadline && (
          <>
            <dt>Deadline</dt>
            <dd data-testid="deadline" class={`deadline deadline--${state.deadlineState ?? 'on-track'}`}>
              {deadlineWording(state.deadline.deadline, state.deadlineState, state.workingDaysLeft)}
            </dd>
          </>
        )}
      </dl>
      {state.status === 'open' && stage && (
        <section aria-labelledby="stage-heading">
          <h2 id="stage-heading">What to do at this stage</h2>
          <h3>Who to involve</h3>
          <ul>
            {[...stage.involved.raising, ...stage.involved.receiving].map((who) => (
              <li key={who}>{who}</li>
            ))}
          </ul>
          <h3>What to do</h3>
          <ul>
            {stage.guidance.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {state.status === 'open' && (
        <section aria-labelledby="good-heading">
          <h2 id="good-heading">Good challenge</h2>
          <ul>
            {qualitiesOfGoodChallenge.map((quality) => (
              <li key={quality.id}>
                <strong>{quality.label}:</strong> {quality.prompt}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ChallengeActions
        state={state}
        protocol={protocol}
        target={{ challengeId, expectedSeq: state.seq, onChanged: load }}
      />
      {protocol && settings && (
        <section aria-labelledby="emails-heading">
          <h2 id="emails-heading">Emails</h2>
          <EmailDraftPanel
            challengeId={challengeId}
            protocol={protocol}
            events={events}
            state={state}
            settings={settings}
            now={new Date(now)}
            onChanged={load}
          />
        </section>
      )}
      <ChallengeFileLinks state={state} now={new Date(now)} />
      <Timeline events={events} />
    </article>
  );
}
