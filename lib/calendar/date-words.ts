import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { parseCalendarDate, partsFromDayNumber } from './calendar-date';
import { LONDON_TIME_ZONE } from './london-time';

/**
 * Dates in words as a reader in the UK expects them ("Friday 2 May 2025", "April"). The names come
 * from date-fns's en-GB locale, so no table of month or day names is kept anywhere in the codebase,
 * and every date is a London date (DESIGN.md: every date the product shows is London time).
 */

/**
 * Midday in London on a calendar date: no clock change comes near it, so formatting it gives the day
 * it names. Built with setFullYear because the Date constructors read years 0–99 as 1900–1999.
 * @throws RangeError when `date` is not a real 'YYYY-MM-DD' calendar date.
 */
function londonMidday(date: string): TZDate {
  const { year, month, day } = partsFromDayNumber(parseCalendarDate(date));
  const midday = new TZDate(2000, 0, 1, 12, 0, LONDON_TIME_ZONE);
  midday.setFullYear(year, month - 1, day);
  return midday;
}

const inWords = (date: string, pattern: string): string =>
  format(londonMidday(date), pattern, { locale: enGB });

/** '2025-05-02' -> '2 May 2025'. */
export function longDate(date: string): string {
  return inWords(date, 'd MMMM y');
}

/** '2025-05-02' -> 'Friday 2 May 2025'. */
export function longDateWithDay(date: string): string {
  return inWords(date, 'EEEE d MMMM y');
}

/** 5 -> 'May' (1 is January). */
export function monthName(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`month: expected 1-12, got ${month}`);
  return inWords(`2001-${String(month).padStart(2, '0')}-01`, 'LLLL');
}
