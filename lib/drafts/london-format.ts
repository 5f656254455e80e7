import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { LONDON_TIME_ZONE, londonDate, longDateWithDay } from '../calendar';

/**
 * Dates as a practitioner in the UK reads them in an email or on a form: "Friday 2 May 2025", "17:00".
 * Instants are shown in Europe/London time (DESIGN.md: every date the product shows is London time), and a
 * calendar date ('YYYY-MM-DD', such as an action's "by") is shown as the day it names, with no time zone.
 */

// Calendar dates in words ('2 May 2025', 'Friday 2 May 2025') are lib/calendar's, from date-fns's en-GB.
export { longDate, longDateWithDay } from '../calendar';

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
