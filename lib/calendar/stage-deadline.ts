/**
 * A stage's deadline: the end of London working hours on the last working day of its timeframe, and the
 * "due soon" point at the start of that day (DESIGN.md: a deadline falls at the end of the working day).
 *
 * Only fixed timeframes have a deadline. A timeframe set by the escalator (Pan-Sussex) has none until the
 * escalator sets it, and "as soon as possible" has none: callers pass a number of working days only then.
 */
import { z } from 'zod';
import { builtInCalendar, type BankHolidayCalendar } from './bank-holiday-calendar';
import { isCalendarDate } from './calendar-date';
import {
  assertInstant,
  DEFAULT_WORKING_HOURS,
  londonDate,
  londonInstant,
  parseWorkingHours,
} from './london-time';
import type { WorkingHours } from './london-time';
import type { Nation } from './nations';
import { addWorkingDays, workingDaysBetween } from './working-days';

/** ISO instants (deadline, dueSoonAt) and the London calendar date they fall on. */
export interface StageDeadline {
  deadline: string;
  dueSoonAt: string;
  deadlineDate: string;
}

const isoInstant = z.iso.datetime({ offset: true, message: 'expected an ISO instant' });

/** Validates a stored StageDeadline. */
export const stageDeadlineSchema = z.object({
  deadline: isoInstant,
  dueSoonAt: isoInstant,
  deadlineDate: z.string().refine(isCalendarDate, { message: "not a real 'YYYY-MM-DD' date" }),
}) satisfies z.ZodType<StageDeadline>;

export type DeadlineState = 'on-track' | 'due-soon' | 'overdue';

/**
 * Deadline for a stage that started at `start` with a timeframe of `workingDays` (>= 0): end of working
 * hours on addWorkingDays(londonDate(start), workingDays); dueSoonAt = start of working hours that day.
 * The start day never counts, whatever the hour: a one-day stage begun on Friday at 18:00 or on Saturday
 * is due at the end of Monday's working hours.
 */
export function stageDeadline(
  start: Date,
  workingDays: number,
  nation: Nation,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
  calendar: BankHolidayCalendar = builtInCalendar,
): StageDeadline {
  assertInstant(start, 'start');
  if (!Number.isSafeInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`workingDays: expected a whole number of working days >= 0, got ${workingDays}`);
  }
  const { start: opens, end: closes } = parseWorkingHours(hours);
  const deadlineDate = addWorkingDays(londonDate(start), workingDays, nation, calendar);
  return {
    deadline: londonInstant(deadlineDate, closes).toISOString(),
    dueSoonAt: londonInstant(deadlineDate, opens).toISOString(),
    deadlineDate,
  };
}

/**
 * Where a deadline stands at `now`: overdue from the deadline instant, due soon from the start of the last
 * working day. workingDaysLeft = workingDaysBetween(londonDate(now), deadlineDate): 0 on the day, negative
 * when past.
 */
export function deadlineStatus(
  deadline: StageDeadline,
  now: Date,
  nation: Nation,
  calendar: BankHolidayCalendar = builtInCalendar,
): { state: DeadlineState; workingDaysLeft: number } {
  const parsed = stageDeadlineSchema.safeParse(deadline);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `deadline.${issue.path.join('.')}: ${issue.message}`);
    throw new RangeError(problems.join('; '));
  }
  assertInstant(now, 'now');
  const at = now.getTime();
  const state: DeadlineState =
    at >= Date.parse(parsed.data.deadline)
      ? 'overdue'
      : at >= Date.parse(parsed.data.dueSoonAt)
        ? 'due-soon'
        : 'on-track';
  return {
    state,
    workingDaysLeft: workingDaysBetween(londonDate(now), parsed.data.deadlineDate, nation, calendar),
  };
}
