import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { LONDON_TIME_ZONE, londonDate } from '../calendar';

/**
 * Dates as a practitioner in the UK reads them in an email or on a form: "Friday 2 May 2025", "17:00".
 * Instants are shown in Europe/London time (DESIGN.md: every date the product shows is London time), and a
 * calendar date ('YYYY-MM-DD', such as an action's "by") is shown as the day it names, with no time zone.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(date: string): { year: number; month: number; day: number; weekday: number } {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new RangeError(`date: expected 'YYYY-MM-DD', got '${date}'`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, weekday };
}

/** '2025-05-02' -> '2 May 2025'. */
export function longDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** '2025-05-02' -> 'Friday 2 May 2025'. */
export function longDateWithDay(date: string): string {
  return `${WEEKDAYS[dateParts(date).weekday]} ${longDate(date)}`;
}

/** The London calendar date of an ISO instant, 'YYYY-MM-DD'. */
export function londonDay(instant: string): string {
  return londonDate(new Date(instant));
}

/** The London wall-clock time of an ISO instant, '17:00'. */
export function londonClock(instant: string): string {
  return format(new TZDate(Date.parse(instant), LONDON_TIME_ZONE), 'HH:mm');
}

/** An ISO instant as '17:00 on Friday 2 May 2025' (London time). */
export function londonMoment(instant: string): string {
  return `${londonClock(instant)} on ${longDateWithDay(londonDay(instant))}`;
}
