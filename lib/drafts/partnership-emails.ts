import { readHistory, stageLabel, whoFor } from './challenge-history';
import type { DraftContext } from './draft-types';
import {
  actionLine,
  asText,
  bulletList,
  gap,
  greetingFor,
  procedureName,
  renderEmail,
  signature,
  type EmailSection,
} from './email-text';
import { longDate, londonDay } from './london-format';
import { answerReportingQuestions, summaryWithoutQuestions } from './reporting-questions';

/**
 * The report to the partnership once the threshold is reached (Darlington 4.1–4.2: Stage 5, five questions,
 * "using information in the Professional Challenge Recording Tool and any decisions made at Stage 4";
 * LSCB 2019: Stage 3, six questions, to the Business Support Team).
 */
export function partnershipReportBody(ctx: DraftContext): string {
  const { protocol, state, events, settings } = ctx;
  const options = { useInitials: settings.useInitials };
  const answers =
    protocol.reportingQuestions.length > 0
      ? answerReportingQuestions(protocol, events, state, options)
      : summaryWithoutQuestions(protocol, events, state, options);
  const sections: EmailSection[] = answers.map(({ question, answer }) => ({
    heading: question,
    lines: [answer === '' ? gap('answer this question') : answer],
  }));
  const tool = protocol.recordingTool;
  const by =
    protocol.reportingBy === undefined
      ? ''
      : ` It is sent by ${protocol.reportingBy.charAt(0).toLowerCase()}${protocol.reportingBy.slice(1)}.`;
  return renderEmail({
    greeting: `Dear ${protocol.reportTo.name},`,
    opening: [
      `This professional challenge about ${whoFor(state)} (case reference ${state.caseReference}) has reached ${stageLabel(protocol, protocol.reportingThresholdStage)}, the point at which the ${procedureName(protocol)} asks for it to be reported to the partnership.${by}`,
      ...(protocol.reportingQuestions.length > 0
        ? ['The answers to the partnership’s questions are below.']
        : []),
    ],
    sections: [
      ...sections,
      ...(tool === undefined
        ? []
        : [{ lines: [`The completed ${tool.title} is attached. ${gap('attach it before sending')}`] }]),
    ],
    closing: ['Please let me know if you need anything further.'],
    signature: signature(ctx),
  });
}

const SATISFACTION: Record<'yes' | 'partly' | 'no', string> = {
  yes: 'I have recorded that the professionals involved are satisfied with the outcome.',
  partly: `I have recorded that the professionals involved are partly satisfied with the outcome. ${gap('say what remains open')}`,
  no: `I have recorded that the professionals involved are not satisfied with the outcome. ${gap('say why, and what happens next')}`,
};

/** Confirms to the decision-maker how the challenge was resolved, so that both agencies' records match. */
export function resolutionConfirmationBody(ctx: DraftContext): string {
  const { state, protocol, settings } = ctx;
  const resolution = state.resolution;
  const history = readHistory(ctx.events, state);
  const actions = [
    ...history.contacts().flatMap((contact) => contact.actions),
    ...history.meetings().flatMap((meeting) => meeting.agreedActions),
  ].map((action) => actionLine(action, settings.useInitials));
  const resolvedAt =
    resolution === null
      ? gap('stage and date')
      : `${stageLabel(protocol, resolution.atStage)} on ${longDate(londonDay(resolution.at))}`;
  return renderEmail({
    greeting: greetingFor(state.decisionMaker, ctx),
    opening: [
      `Thank you for working with me on the professional challenge about ${whoFor(state)} (case reference ${state.caseReference}). I am writing to confirm how it was resolved, so that both our records show the same outcome.`,
    ],
    sections: [
      { heading: 'Resolved at', lines: [resolvedAt] },
      {
        heading: `Outcome for ${whoFor(state)}`,
        lines: [resolution === null ? gap('describe the outcome') : asText(resolution.outcome)],
      },
      { heading: 'Agreed actions', lines: actions.length > 0 ? bulletList(actions) : [] },
      {
        lines: [
          resolution === null
            ? gap('are the professionals involved satisfied with the outcome?')
            : SATISFACTION[resolution.professionalsSatisfied],
          ...(resolution?.referredToPartnership === true
            ? [`The challenge was referred to the ${protocol.reportTo.name}.`]
            : []),
        ],
      },
    ],
    closing: ['Please let me know if your record differs. Thank you for your time on this.'],
    signature: signature(ctx),
  });
}
