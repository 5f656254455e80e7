import type { Protocol } from '../protocols';
import { readHistory, stageLabel, whoFor } from './challenge-history';
import type { DraftContext } from './draft-types';
import {
  asText,
  bulletList,
  decisionSection,
  gap,
  greetingFor,
  procedureName,
  renderEmail,
  signature,
  timeframeLines,
  type EmailSection,
} from './email-text';
import { historyLines } from './history-lines';
import { describePerson } from './people';

/**
 * Escalation emails for the stages after the first: Stage 2 manager to manager, Stage 3 where it is not a
 * meeting (Pan-Sussex: senior manager to senior manager), Stage 4 and Stage 5. What each stage asks for
 * comes from the protocol's data (title, guidance); the email says why the challenge moved, what has been
 * done so far, what is being asked, and by when.
 */

/**
 * Whether a stage takes the challenge to the partnership itself: its receiving side names the body the
 * protocol reports to (Darlington Stage 5: the DSP Business Unit; Pan-Sussex Stage 5: the Independent
 * Scrutineer). Told from the protocol's data, so an imported protocol works the same way.
 */
export function goesToPartnership(protocol: Protocol, stage: number): boolean {
  const receiving = protocol.stages.find((candidate) => candidate.number === stage)?.involved.receiving ?? [];
  const partnership = protocol.reportTo.name.toLowerCase();
  return receiving.some((who) => who.toLowerCase().includes(partnership));
}

/** The ask of a stage, in the practitioner's words to the person who takes it forward. */
function askFor(ctx: DraftContext, stage: number): string {
  const { state } = ctx;
  const other = describePerson(state.decisionMaker, ctx.settings.useInitials);
  if (stage === 2) {
    return `I would be grateful if you would review my concerns and, if you agree they are justified, contact the line manager of ${other} to try to reach a resolution.`;
  }
  if (goesToPartnership(ctx.protocol, stage)) {
    return `The earlier stages have not resolved this, so I am referring it to you as the procedure sets out, for a decision on the next course of action.`;
  }
  return `I would be grateful if you would take this up with your counterpart in ${state.decisionMaker.agency} to try to resolve it, keeping the focus on the outcome for ${whoFor(state)}.`;
}

export function escalationBody(ctx: DraftContext, stage: number): string {
  const { state, protocol, settings } = ctx;
  const history = readHistory(ctx.events, state);
  const escalation = history.escalationInto(stage);
  const why: string[] =
    escalation === undefined
      ? [gap('say why the earlier stage did not resolve this')]
      : [asText(escalation.reason)];
  if (escalation?.skipReason !== undefined)
    why.push(`Earlier stages were skipped because: ${asText(escalation.skipReason)}`);
  const done = historyLines(ctx.events, state, protocol, {
    useInitials: settings.useInitials,
    toStage: stage - 1,
  });
  const sections: EmailSection[] = [
    decisionSection(ctx),
    { heading: 'Why I disagree', lines: [asText(state.reason)] },
    { heading: 'Why this is being escalated', lines: why },
    {
      heading: 'What has been done so far',
      lines: done.length > 0 ? bulletList(done) : [gap('summarise the discussions so far, with dates')],
    },
    {
      heading: 'What I am asking for',
      lines: [
        askFor(ctx, stage),
        `The outcome I am seeking for ${whoFor(state)}: ${asText(state.outcomeSought)}`,
      ],
    },
    { lines: timeframeLines(ctx, stage) },
  ];
  return renderEmail({
    greeting: goesToPartnership(protocol, stage) ? `Dear ${protocol.reportTo.name},` : greetingFor(null, ctx),
    opening: [
      `I am writing about a professional challenge concerning ${whoFor(state)} (case reference ${state.caseReference}), which has moved to ${stageLabel(protocol, stage)} of the ${procedureName(protocol)}.`,
    ],
    sections,
    closing: ['Thank you for your help with this. I can share the full record of the challenge on request.'],
    signature: signature(ctx),
  });
}
