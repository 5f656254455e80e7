/**
 * Europe/London wall-clock time: the calendar date of an instant, and the instant of a wall-clock time on a
 * date. Deadlines are stored as ISO instants but fall at London office times, so both directions must be
 * right on either side of the March and October clock changes (GMT <-> BST).
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { z } from 'zod';
import { parseCalendarDate, partsFromDayNumber } from './calendar-date';

export const LONDON_TIME_ZONE = 'Europe/London';

/** Office hours as London wall-clock times, 'HH:mm' (24-hour), start before end. */
export interface WorkingHours {
  start: string;
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = Object.freeze({ start: '09:00', end: '17:00' });

const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const wallClockTimeSchema = z
  .string()
  .regex(WALL_CLOCK_TIME, "expected a 24-hour time 'HH:mm', e.g. '09:00'");

export const workingHoursSchema: z.ZodType<WorkingHours> = z
  .object({ start: wallClockTimeSchema, end: wallClockTimeSchema })
  // 'HH:mm' strings compare in time order, so a string comparison is enough.
  .refine((hours) => hours.start < hours.end, { message: 'end must be later than start', path: ['end'] });

/** @throws RangeError naming the field when the hours are invalid. */
export function parseWorkingHours(hours: unknown): WorkingHours {
  const result = workingHoursSchema.safeParse(hours);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `hours.${issue.path.map(String).join('.')}: ${issue.message}`,
  );
  throw new RangeError(problems.join('; '));
}

/** @throws RangeError when the value is not a valid Date. */
export function assertInstant(instant: unknown, field: string): asserts instant is Date {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${field}: expected a valid Date, got ${String(instant)}`);
  }
}

/** The Europe/London calendar date of an instant, 'YYYY-MM-DD'. */
export function londonDate(instant: Date): string {
  assertInstant(instant, 'instant');
  return format(new TZDate(instant.getTime(), LONDON_TIME_ZONE), 'yyyy-MM-dd');
}

/**
 * The instant a London wall-clock time occurs on a date (handles BST/GMT).
 * A time inside the spring-forward gap (01:00–02:00 on the last Sunday of March) does not exist in London;
 * TZDate moves it forward by the hour (01:30 becomes 02:30 BST). A time in the repeated hour of the last
 * Sunday of October resolves to its second, GMT, occurrence. Office hours never fall in either.
 */
export function londonInstant(date: string, time: string): Date {
  const { year, month, day } = partsFromDayNumber(parseCalendarDate(date, 'date'));
  const match = WALL_CLOCK_TIME.exec(time);
  if (!match) throw new RangeError(`time: '${time}' is not a 24-hour time 'HH:mm'`);
  const local = new TZDate(year, month - 1, day, Number(match[1]), Number(match[2]), LONDON_TIME_ZONE);
  return new Date(local.getTime());
}
