import type { ChallengeEvent, ChallengeState } from '../challenge';
import type { Protocol } from '../protocols';
import { areaLabel, readHistory, stageLabel, whoFor } from './challenge-history';
import { actionLine, asText } from './email-text';
import { historyLines } from './history-lines';
import { longDate, londonDay } from './london-format';
import { describePerson } from './people';

/**
 * The partnership's questions answered from the history: Darlington DSP 2024 4.2 (five questions) and the
 * LSCB 2019 policy's "Reporting the use of professional challenge" (six). Questions are the protocol's data,
 * so each is matched by its wording to an answer; a question the product does not recognise (an imported
 * protocol's own) is returned with an empty answer for the practitioner to write.
 */

export interface ReportingAnswer {
  question: string;
  answer: string;
}

export interface ReportingOptions {
  /** Name other professionals by initials (settings `useInitials`). */
  useInitials?: boolean;
}

interface Facts {
  protocol: Protocol;
  events: readonly ChallengeEvent[];
  state: ChallengeState;
  useInitials: boolean;
}

const on = (instant: string): string => longDate(londonDay(instant));
const currentStage = ({ protocol, state }: Facts): string => stageLabel(protocol, state.currentStage);

function whatWasTheChallenge({ protocol, state, useInitials }: Facts): string {
  return [
    `Area of disagreement: ${areaLabel(protocol, state.areaOfDisagreement)}.`,
    `Raised on ${on(state.openedAt)} by ${describePerson(state.practitioner, useInitials)} about a decision made by ${describePerson(state.decisionMaker, useInitials)}: “${asText(state.decision.quote)}”.`,
    `Reason for the challenge: ${asText(state.reason)}`,
    `Outcome sought for ${whoFor(state)}: ${asText(state.outcomeSought)}`,
  ].join('\n');
}

function whatWasDone(facts: Facts): string {
  const lines = historyLines(facts.events, facts.state, facts.protocol, { useInitials: facts.useInitials });
  return lines.length > 0 ? lines.join('\n') : 'No discussions or meetings have been recorded yet.';
}

function outcomeOfActions(facts: Facts): string {
  const history = readHistory(facts.events, facts.state);
  const agreed = history
    .contacts()
    .flatMap((contact) => (contact.agreed === undefined ? [] : [asText(contact.agreed)]));
  const actions = [
    ...history.contacts().flatMap((contact) => contact.actions),
    ...history.meetings().flatMap((meeting) => meeting.agreedActions),
  ].map((action) => actionLine(action, facts.useInitials));
  const outstanding = history
    .meetings()
    .flatMap((meeting) =>
      meeting.outstandingIssues === undefined ? [] : [asText(meeting.outstandingIssues)],
    );
  const lines = [
    ...agreed.map((text) => `Agreed: ${text}`),
    ...actions.map((text) => `Action: ${text}`),
    ...outstanding.map((text) => `Outstanding: ${text}`),
  ];
  if (facts.state.status === 'open') lines.push(`The challenge is now at ${currentStage(facts)}.`);
  return lines.length > 0 ? lines.join('\n') : 'No agreed outcome has been recorded yet.';
}

function howResolved(facts: Facts): string {
  const { state, protocol } = facts;
  if (state.resolution !== null) {
    return `Resolved at ${stageLabel(protocol, state.resolution.atStage)} on ${on(state.resolution.at)}: ${asText(state.resolution.outcome)}`;
  }
  if (state.withdrawal !== null) {
    return `Not resolved: the challenge was withdrawn on ${on(state.withdrawal.at)}. Reason: ${asText(state.withdrawal.reason)}`;
  }
  return `Not yet resolved: the challenge has been at ${currentStage(facts)} since ${on(state.stageStartedAt)}.`;
}

function satisfied({ state }: Facts): string {
  if (state.resolution !== null) {
    return { yes: 'Yes.', partly: 'Partly.', no: 'No.' }[state.resolution.professionalsSatisfied];
  }
  if (state.withdrawal !== null) return 'Not recorded: the challenge was withdrawn.';
  return 'Not yet known: the challenge has not been resolved.';
}

function referred(facts: Facts): string {
  const { state, protocol } = facts;
  const informed = state.partnershipInformedAt;
  if (state.resolution?.referredToPartnership === true || informed !== null) {
    return informed === null ? 'Yes.' : `Yes: the ${protocol.reportTo.name} was informed on ${on(informed)}.`;
  }
  if (state.resolution?.referredToPartnership === false) return 'No.';
  if (state.resolution !== null) {
    return `Not applicable: the issue was resolved at ${stageLabel(protocol, state.resolution.atStage)}.`;
  }
  if (state.withdrawal !== null) return 'No: the challenge was withdrawn.';
  return `Not yet: the challenge is at ${currentStage(facts)}.`;
}

/** Checked in order: the first whose wording matches answers. "referred" comes before "resolved". */
const ANSWERERS: readonly { matches: RegExp; answer: (facts: Facts) => string }[] = [
  { matches: /\bwhat was the challenge\b/, answer: whatWasTheChallenge },
  { matches: /\bwhat was done\b/, answer: whatWasDone },
  { matches: /\boutcome of (these|the) actions\b/, answer: outcomeOfActions },
  { matches: /\breferred\b/, answer: referred },
  { matches: /\bsatisfied\b/, answer: satisfied },
  { matches: /\bhow was the (issue|challenge) resolved\b/, answer: howResolved },
];

export function answerReportingQuestions(
  protocol: Protocol,
  events: readonly ChallengeEvent[],
  state: ChallengeState,
  options: ReportingOptions = {},
): ReportingAnswer[] {
  const facts: Facts = { protocol, events, state, useInitials: options.useInitials ?? false };
  return protocol.reportingQuestions.map((question) => {
    const wording = question.toLowerCase();
    const answerer = ANSWERERS.find((candidate) => candidate.matches.test(wording));
    return { question, answer: answerer === undefined ? '' : answerer.answer(facts) };
  });
}

/**
 * For a protocol that asks no questions (Pan-Sussex 2025), the same facts under plain headings, so the
 * report to the partnership still says what the challenge was, what was done and where it stands.
 */
export function summaryWithoutQuestions(
  protocol: Protocol,
  events: readonly ChallengeEvent[],
  state: ChallengeState,
  options: ReportingOptions = {},
): ReportingAnswer[] {
  const facts: Facts = { protocol, events, state, useInitials: options.useInitials ?? false };
  return [
    { question: 'The challenge', answer: whatWasTheChallenge(facts) },
    { question: 'What has been done', answer: whatWasDone(facts) },
    { question: 'Where it stands', answer: howResolved(facts) },
  ];
}
