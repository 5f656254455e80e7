import type { ChallengeState, StageSpell } from '../challenge';
import { describeTimeframe, type Protocol } from '../protocols';
import type { ContactEvent, MeetingEvent } from './challenge-history';
import { stageLabel } from './challenge-history';
import type { DraftContext } from './draft-types';
import { longDate, longDateWithDay, londonDay, londonMoment } from './london-format';
import { describePerson, nameOf, type NamedPerson } from './people';

/**
 * The building blocks every email is written with: plain text, short headed sections, lists with "- ",
 * and square-bracketed gaps for what only the practitioner knows. The wording follows the briefings'
 * qualities of good challenge (calm, factual, child-focused, clear about what happens next), and every
 * template passes the product's own tone check.
 */

export interface EmailSection {
  heading?: string;
  lines: readonly string[];
}

/** A gap the practitioner fills in before sending. */
export const gap = (what: string): string => `[${what}]`;

/** Text typed or captured elsewhere, with its line endings made consistent. */
export const asText = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

export function bulletList(items: readonly string[]): string[] {
  return items.map((item) => `- ${asText(item).replace(/\n+/g, ' ')}`);
}

export function renderEmail(parts: {
  greeting: string;
  opening: readonly string[];
  sections: readonly EmailSection[];
  closing: readonly string[];
  signature: readonly string[];
}): string {
  const blocks = [
    parts.greeting,
    ...parts.opening,
    ...parts.sections
      .filter((section) => section.lines.length > 0)
      .map((section) => [section.heading, ...section.lines].filter(Boolean).join('\n')),
    ...parts.closing,
    ['Kind regards,', '', ...parts.signature].join('\n'),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** The practitioner who drafts: the person in settings, or failing that the one who opened the challenge. */
export function drafter(ctx: DraftContext): NamedPerson & { email?: string } {
  const fromSettings = ctx.settings.practitioner;
  const opened = ctx.state.practitioner;
  return {
    name: fromSettings.name || opened.name,
    role: fromSettings.role || opened.role,
    agency: fromSettings.agency || opened.agency,
    email: fromSettings.email || opened.email,
  };
}

export function signature(ctx: DraftContext): string[] {
  const me = drafter(ctx);
  const where = [me.role, me.agency].filter(Boolean).join(', ');
  return [me.name, where, me.email ?? ''].filter((line) => line !== '');
}

/** "Dear Sam Ortiz," or, when names are replaced by initials, "Dear colleague,". */
export function greetingFor(person: NamedPerson | null, ctx: DraftContext): string {
  if (person === null || ctx.settings.useInitials) return 'Dear colleague,';
  return `Dear ${person.name},`;
}

export function decisionSection(ctx: DraftContext): EmailSection {
  const { decision, decisionMaker } = ctx.state;
  const source = decision.pageTitle ? ` (recorded in "${asText(decision.pageTitle)}")` : '';
  return {
    heading: 'The decision',
    lines: [
      `“${asText(decision.quote)}”${source}`,
      `Made by ${describePerson(decisionMaker, ctx.settings.useInitials)}.`,
    ],
  };
}

export function actionLine(
  action: { action: string; owner?: string; dueBy?: string },
  useInitials: boolean,
): string {
  const owner = action.owner === undefined ? '' : nameOf({ name: action.owner }, useInitials);
  const by = action.dueBy === undefined ? 'date to be agreed' : `by ${longDateWithDay(action.dueBy)}`;
  return [asText(action.action), owner, by].filter(Boolean).join(' – ');
}

export function contactSummary(contact: ContactEvent, useInitials: boolean): string {
  const how = {
    phone: 'Phone call',
    video: 'Video call',
    'in-person': 'Conversation in person',
    email: 'Email',
    meeting: 'Meeting',
  }[contact.method];
  const agreed = contact.agreed === undefined ? '' : ` Agreed: ${asText(contact.agreed)}`;
  return `${how} with ${describePerson(contact.withWhom, useInitials)} on ${longDate(londonDay(contact.occurredAt))}. Discussed: ${asText(contact.discussed)}${agreed}`;
}

export function meetingSummary(meeting: MeetingEvent, useInitials: boolean): string {
  const who = meeting.attendees.map((person) => describePerson(person, useInitials)).join('; ');
  const outstanding =
    meeting.outstandingIssues === undefined
      ? ''
      : ` Outstanding issues: ${asText(meeting.outstandingIssues)}`;
  return `Meeting held on ${longDate(londonDay(meeting.heldAt))} with ${who}. Discussed: ${asText(meeting.discussion)}${outstanding}`;
}

/** The latest spell of `stage`, if the challenge has been at it. */
export function spellOf(state: ChallengeState, stage: number): StageSpell | undefined {
  return state.stageHistory.filter((spell) => spell.stage === stage).at(-1);
}

/**
 * What the protocol says about the stage's timeframe, and what happens if it runs out: the WSP briefing's
 * "Clear – role/consequences". Pan-Sussex asks the escalator to state the timeframe, so a stage without
 * one gets a gap to fill in. Said only while the stage is the one under way.
 */
export function timeframeLines(ctx: DraftContext, stage: number): string[] {
  const { protocol, state } = ctx;
  const spell = spellOf(state, stage);
  if (spell === undefined || spell.endedAt !== null || state.status !== 'open') return [];
  const timeframe = protocol.stages.find((candidate) => candidate.number === stage)?.timeframe;
  if (timeframe === undefined || timeframe.kind === 'none') return [];
  const next = nextStage(protocol, stage);
  const then =
    next === null
      ? ''
      : ` If we cannot reach a shared view by then, the next step under the procedure is ${stageLabel(protocol, next)}.`;
  if (spell.deadline !== null) {
    const days =
      timeframe.kind === 'working-days'
        ? `The procedure asks for this stage to be completed ${describeTimeframe(timeframe)}`
        : `I have set a timeframe of ${spell.agreedWorkingDays} working day${spell.agreedWorkingDays === 1 ? '' : 's'} for this stage`;
    return [`${days}, that is by ${londonMoment(spell.deadline.deadline)}.${then}`];
  }
  if (timeframe.kind === 'as-soon-as-possible') {
    return [`The procedure asks for a decision at this stage as soon as possible.${then}`];
  }
  return [
    `I would like us to reach a resolution by ${gap('state the date and time')}, before this is escalated further.${then}`,
  ];
}

export function nextStage(protocol: Protocol, stage: number): number | null {
  return (
    protocol.stages
      .map((candidate) => candidate.number)
      .sort((a, b) => a - b)
      .find((number) => number > stage) ?? null
  );
}

/** The protocol's name as the practitioner refers to it in a letter. */
export function procedureName(protocol: Protocol): string {
  return `${protocol.partnership} ${protocol.name}`;
}
