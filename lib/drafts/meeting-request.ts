import type { Protocol } from '../protocols';
import { readHistory, stageLabel, whoFor } from './challenge-history';
import type { DraftContext } from './draft-types';
import {
  asText,
  bulletList,
  decisionSection,
  gap,
  procedureName,
  renderEmail,
  signature,
  timeframeLines,
} from './email-text';
import { historyLines } from './history-lines';
import { longDate } from './london-format';
import { nameOf } from './people';

/**
 * Whether a protocol's stage is an interagency meeting: Darlington DSP 2024 Stage 3 ("an interagency meeting
 * to discuss differing views should be arranged") and LSCB 2019 step 3. Told from the stage's title, which
 * is the protocol's own data; Pan-Sussex Stage 3 (senior manager to senior manager) is not one.
 */
export function isMeetingStage(protocol: Protocol, stage: number): boolean {
  const found = protocol.stages.find((candidate) => candidate.number === stage);
  return found !== undefined && /\bmeeting\b/i.test(found.title);
}

/** Darlington Stage 3 needs the manager's agreement; it is on the meeting record once one is logged. */
function managerLine(ctx: DraftContext, stage: number): string {
  const agreement = readHistory(ctx.events, ctx.state)
    .meetings(stage)
    .map((meeting) => meeting.managerAgreement)
    .filter((found) => found !== undefined)
    .at(-1);
  const name = agreement === undefined ? gap('name') : nameOf(agreement, ctx.settings.useInitials);
  const date = agreement === undefined ? gap('date') : longDate(agreement.agreedOn);
  return `My manager, ${name}, agreed on ${date} that this meeting is appropriate.`;
}

/**
 * Darlington Stage 3: "if manager deems appropriate, an interagency meeting to discuss differing views should
 * be arranged. Agreement should be reached on who should attend." LSCB 2019 step 3 likewise, and "At this
 * point the LSCB Business Support Team should be notified of the nature of the professional challenge."
 */
export function meetingRequestBody(ctx: DraftContext, stage: number): string {
  const { state, protocol, settings } = ctx;
  const agencies = [...new Set([state.practitioner.agency, state.decisionMaker.agency])];
  const done = historyLines(ctx.events, state, protocol, {
    useInitials: settings.useInitials,
    toStage: stage - 1,
  });
  const tool = protocol.recordingTool;
  const record =
    tool !== undefined && tool.usedAtStage === stage
      ? [
          `The discussion, agreed outcomes and actions, and any outstanding issues will be recorded on the ${tool.title}, and a copy shared with the ${tool.sendTo.name} as the procedure asks.`,
        ]
      : [];
  // LSCB 2019 step 3: "At this point the LSCB Business Support Team should be notified of the nature of the
  // professional challenge" (the reporting threshold). Darlington's Recording Tool does this job instead.
  const notify =
    record.length === 0 && stage >= protocol.reportingThresholdStage
      ? [`As the procedure asks, I will also let the ${protocol.reportTo.name} know about this challenge.`]
      : [];
  return renderEmail({
    greeting: 'Dear colleagues,',
    opening: [
      `Our discussions so far have not resolved our differing views about ${whoFor(state)} (case reference ${state.caseReference}). I am requesting an interagency meeting under ${stageLabel(protocol, stage)} of the ${procedureName(protocol)}.`,
      managerLine(ctx, stage),
    ],
    sections: [
      {
        heading: 'Purpose of the meeting',
        lines: [
          `To discuss our differing views, agree the outcome and actions for ${whoFor(state)}, and record any outstanding issues and next steps.`,
        ],
      },
      decisionSection(ctx),
      {
        heading: 'Our differing views',
        lines: [
          `My concern: ${asText(state.reason)}`,
          `The view of ${state.decisionMaker.agency}, as I understand it: ${gap('summarise their reasoning')}`,
          `The outcome I am seeking for ${whoFor(state)}: ${asText(state.outcomeSought)}`,
        ],
      },
      {
        heading: 'What has been done so far',
        lines: done.length > 0 ? bulletList(done) : [gap('summarise the discussions so far, with dates')],
      },
      {
        heading: 'Who should attend',
        lines: [
          ...bulletList(agencies),
          `- ${gap('other agencies to invite')}`,
          'Please let me know if you think anyone else should attend.',
        ],
      },
      { heading: 'Proposed dates', lines: [gap('suggest two or three dates and times')] },
      {
        lines: [...record, ...notify, ...timeframeLines(ctx, stage)],
      },
    ],
    closing: ['Thank you. I look forward to finding a way forward together.'],
    signature: signature(ctx),
  });
}
