import { z } from 'zod';
import type { ChallengeState } from '../challenge';
import { describePerson, londonMoment } from '../drafts';
import { contentLines, escapeText, utcDateTime } from './ics-format';

/**
 * Open stage deadlines for the practitioner's own calendar (RFC 5545): one VEVENT per open challenge whose
 * current stage has a deadline, ending at the deadline, with a VALARM at the "due soon" point (the start of
 * the last working day). Summaries name only the case reference and the stage, since calendars are shared
 * and synced to phones; `includeNames` adds the decision-maker to the description.
 *
 * Each event's UID is the challenge and stage, so importing a newer file updates the same event (SEQUENCE
 * is the challenge's history length) rather than adding a second one.
 */

export const icsOptionsSchema = z.object({
  now: z.date().refine((date) => !Number.isNaN(date.getTime()), 'must be a valid date'),
  includeNames: z.boolean().default(false),
});
export type IcsOptions = z.input<typeof icsOptionsSchema>;

/** The event runs for the last half hour before the deadline, so it shows as a slot, not a point. */
const EVENT_MINUTES = 30;
const PRODUCT_ID = '-//Challenge Companion//Stage deadlines//EN';

function eventLines(state: ChallengeState, stamp: string, includeNames: boolean): string[] {
  const deadline = state.deadline;
  if (deadline === null) return [];
  const stage =
    state.stageTitle === null
      ? `Stage ${state.currentStage}`
      : `Stage ${state.currentStage} (${state.stageTitle})`;
  const start = new Date(Date.parse(deadline.deadline) - EVENT_MINUTES * 60_000);
  const description = [
    `${stage} of the professional challenge on case ${state.caseReference} is due by ${londonMoment(deadline.deadline)} (London time).`,
    ...(includeNames ? [`Decision-maker: ${describePerson(state.decisionMaker, false)}.`] : []),
    'Open Challenge Companion for the details.',
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${state.challengeId}-stage-${state.currentStage}@challenge-companion`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${state.seq}`,
    `DTSTART:${utcDateTime(start)}`,
    `DTEND:${utcDateTime(deadline.deadline)}`,
    `SUMMARY:${escapeText(`Professional challenge ${state.caseReference}: Stage ${state.currentStage} deadline`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`Due soon: professional challenge ${state.caseReference}, Stage ${state.currentStage}`)}`,
    `TRIGGER;VALUE=DATE-TIME:${utcDateTime(deadline.dueSoonAt)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * A calendar file for one challenge or for all: pass the open ones, closed ones and stages without a
 * deadline are skipped. @throws RangeError naming the option when the options are invalid.
 */
export function icsForChallenges(items: readonly { state: ChallengeState }[], options: IcsOptions): string {
  const parsed = icsOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new RangeError(
      `${parsed.error.issues[0]?.path.join('.') || 'options'}: ${parsed.error.issues[0]?.message}`,
    );
  const stamp = utcDateTime(parsed.data.now);
  const events = items
    .map((item) => item.state)
    .filter((state) => state.status === 'open' && state.deadline !== null)
    .flatMap((state) => eventLines(state, stamp, parsed.data.includeNames));
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Professional challenge deadlines',
    ...events,
    'END:VCALENDAR',
  ]);
}
