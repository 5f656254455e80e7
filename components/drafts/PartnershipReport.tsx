import { useState } from 'preact/hooks';
import type { ChallengeEvent, ChallengeState } from '@/lib/challenge';
import { answerReportingQuestions, availableDrafts } from '@/lib/drafts';
import { summaryWithoutQuestions } from '@/lib/drafts/reporting-questions';
import type { Protocol } from '@/lib/protocols';
import type { Settings } from '@/lib/settings/settings-schema';
import { EmailDraftPanel } from './EmailDraftPanel';
import { PartnershipInformed } from './PartnershipInformed';
import { PrintableField } from './PrintableField';

interface Props {
  challengeId: string;
  protocol: Protocol;
  events: readonly ChallengeEvent[];
  state: ChallengeState;
  settings: Settings;
  now: Date;
  onChanged: () => void;
}

/**
 * The report the partnership asks for once its threshold is reached: its own questions, answered from the
 * history and editable (Darlington 4.2's five, LSCB 2019's six); for a protocol that asks none, the same
 * facts under plain headings. Then the action that records the partnership was told, and the email to it.
 */
export function PartnershipReport({ challengeId, protocol, events, state, settings, now, onChanged }: Props) {
  const options = { useInitials: settings.useInitials };
  const [answers, setAnswers] = useState(() =>
    protocol.reportingQuestions.length > 0
      ? answerReportingQuestions(protocol, events, state, options)
      : summaryWithoutQuestions(protocol, events, state, options),
  );
  const informed = events.find((event) => event.type === 'partnership-informed');
  const emailReady = availableDrafts(protocol, state).includes('partnership-report');
  return (
    <section class="partnership-report" aria-labelledby="report-heading">
      <h2 id="report-heading">Report to the partnership</h2>
      <p>
        For {protocol.reportTo.name}
        {protocol.reportTo.email ? ` (${protocol.reportTo.email})` : ''}.{' '}
        {state.thresholdReached
          ? 'This challenge has reached the stage at which the partnership must be told.'
          : `The partnership must be told from Stage ${protocol.reportingThresholdStage}; this challenge is at Stage ${state.currentStage}.`}
      </p>
      {answers.map((entry, index) => (
        <PrintableField
          key={entry.question}
          id={`report-answer-${index}`}
          label={entry.question}
          value={entry.answer}
          multiline
          onInput={(value) =>
            setAnswers((current) =>
              current.map((item, at) => (at === index ? { ...item, answer: value } : item)),
            )
          }
        />
      ))}
      <PartnershipInformed
        challengeId={challengeId}
        protocol={protocol}
        state={state}
        informedAt={informed?.at ?? null}
        onChanged={onChanged}
      />
      {emailReady && (
        <section class="no-print" aria-labelledby="report-email-heading">
          <h3 id="report-email-heading">Ready to email to {protocol.reportTo.name}</h3>
          <EmailDraftPanel
            challengeId={challengeId}
            protocol={protocol}
            events={events}
            state={state}
            settings={settings}
            now={now}
            only={['partnership-report']}
            onChanged={onChanged}
          />
        </section>
      )}
    </section>
  );
}
