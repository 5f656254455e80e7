/**
 * ISO calendar dates ('YYYY-MM-DD') as integer day numbers (days since 1970-01-01).
 *
 * Working-day arithmetic runs on these integers rather than Date objects: it is faster (the calendar has a
 * performance budget against date-fns addBusinessDays) and immune to time zones, because a calendar date
 * has no time of day.
 */

/** Day number: whole days since 1970-01-01 (negative before). */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Thursday: 1970-01-01 was a Thursday, so weekday(day) = (day + 4) mod 7 with 0 = Sunday. */
const EPOCH_WEEKDAY = 4;

export const SUNDAY = 0;
export const MONDAY = 1;
export const SATURDAY = 6;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of dayNumberFromParts (Hinnant's civil_from_days). */
export function partsFromDayNumber(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/**
 * Parse a 'YYYY-MM-DD' calendar date to its day number.
 * @throws RangeError naming the field when the text is not a real calendar date (e.g. '2024-02-30').
 */
export function parseCalendarDate(text: unknown, field = 'date'): DayNumber {
  if (typeof text !== 'string') {
    throw new RangeError(`${field}: expected a 'YYYY-MM-DD' date string, got ${typeof text}`);
  }
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`${field}: '${text}' is not a 'YYYY-MM-DD' date`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) throw new RangeError(`${field}: '${text}' has no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(
      `${field}: '${text}' is not a real date (month ${month} of ${year} has no day ${day})`,
    );
  }
  return dayNumberFromParts(year, month, day);
}

/** True when the text is a real 'YYYY-MM-DD' calendar date. */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Format a day number as 'YYYY-MM-DD'.
 * @throws RangeError when the date falls outside the four-digit years ISO dates here allow.
 */
export function formatDayNumber(dayNumber: DayNumber): string {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  if (year < 0 || year > 9999)
    throw new RangeError(`date out of range: year ${year} is not a four-digit year`);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}
