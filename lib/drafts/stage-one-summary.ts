import { readHistory, whoFor } from './challenge-history';
import type { DraftContext } from './draft-types';
import {
  actionLine,
  asText,
  bulletList,
  decisionSection,
  gap,
  greetingFor,
  procedureName,
  renderEmail,
  signature,
  timeframeLines,
} from './email-text';
import { londonDay, longDateWithDay } from './london-format';

/**
 * Darlington DSP 2024, Stage 1: "It is good practice to make a record of the reason for disagreement, what
 * was discussed, agreed and follow up telephone correspondence with an email to summarise the key points."
 * Pan-Sussex Stage 1 asks to "be specific and evidence based as to what the difference of opinion is about
 * and how this affects the outcomes for the child"; the LSCB 2019 policy asks to "express their views and
 * concern and discuss/explore the basis of that decision". This email does all three, to the decision-maker.
 */
export function stageOneSummaryBody(ctx: DraftContext): string {
  const { state, protocol, settings } = ctx;
  const history = readHistory(ctx.events, state);
  const contacts = history.contacts(1);
  const last = contacts.at(-1);
  const about = `${whoFor(state)} (case reference ${state.caseReference})`;
  const when =
    last === undefined
      ? null
      : londonDay(last.occurredAt) === londonDay(ctx.now.toISOString())
        ? 'today'
        : `on ${longDateWithDay(londonDay(last.occurredAt))}`;
  const opening = [
    when === null
      ? `I am writing about ${about} and the decision below.`
      : `Thank you for speaking with me ${when} about ${about}.`,
    `As Stage 1 of the ${procedureName(protocol)} asks, I am writing to summarise the reasons for my disagreement, what we discussed and what we agreed, so that we both have the same record.`,
  ];
  if (state.immediateRisk) {
    opening.push(
      `I consider that ${whoFor(state)} may be at risk of immediate harm. ${gap('say what has been done to keep them safe while we resolve this')}`,
    );
  }
  const discussed = contacts.map(
    (contact) => `${longDateWithDay(londonDay(contact.occurredAt))}: ${asText(contact.discussed)}`,
  );
  const agreed = contacts.flatMap((contact) => (contact.agreed === undefined ? [] : [contact.agreed]));
  const actions = contacts.flatMap((contact) => contact.actions);
  return renderEmail({
    greeting: greetingFor(state.decisionMaker, ctx),
    opening,
    sections: [
      decisionSection(ctx),
      { heading: 'Reasons for my disagreement', lines: [asText(state.reason)] },
      {
        heading: 'What we discussed',
        lines: discussed.length > 0 ? bulletList(discussed) : [gap('summarise what was discussed')],
      },
      {
        heading: 'What we agreed',
        lines:
          agreed.length > 0 ? bulletList(agreed) : [gap('say what was agreed, or that we did not agree')],
      },
      {
        heading: 'Actions and by when',
        lines:
          actions.length > 0
            ? bulletList(actions.map((action) => actionLine(action, settings.useInitials)))
            : [gap('list each action, who will do it and by when')],
      },
      { heading: `The outcome I am seeking for ${whoFor(state)}`, lines: [asText(state.outcomeSought)] },
      { lines: timeframeLines(ctx, 1) },
    ],
    closing: [
      'Please let me know if any of this differs from your understanding, so that our records match.',
    ],
    signature: signature(ctx),
  });
}
