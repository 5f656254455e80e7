/**
 * Working days: Monday to Friday, less the nation's bank holidays.
 *
 * Every deadline in the product is computed here, and a benchmark holds addWorkingDays to 1.5x the time of
 * date-fns addBusinessDays. So each (calendar, nation) gets a lazily built index over a window of years:
 * `rank[i]` counts working days from the window's first day up to and including day i, and `working`
 * lists the working days in order. Adding n working days is then two array reads, whatever n is.
 */
import {
  dayNumberFromParts,
  formatDayNumber,
  isWeekend,
  parseCalendarDate,
  partsFromDayNumber,
  type DayNumber,
} from './calendar-date';
import {
  assertSupportedYear,
  bankHolidays,
  builtInCalendar,
  FIRST_SUPPORTED_YEAR,
  LAST_SUPPORTED_YEAR,
  type BankHolidayCalendar,
} from './bank-holiday-calendar';
import { assertNation, type Nation } from './nations';

interface WorkingDayIndex {
  firstYear: number;
  lastYear: number;
  /** Day number of 1 January of firstYear. */
  firstDay: DayNumber;
  /** Day number of 31 December of lastYear. */
  lastDay: DayNumber;
  /** rank[i]: working days in [firstDay, firstDay + i]. */
  rank: Int32Array;
  /** The working days of the window, ascending. */
  working: Int32Array;
}

const FIRST_SUPPORTED_DAY = dayNumberFromParts(FIRST_SUPPORTED_YEAR, 1, 1);
const LAST_SUPPORTED_DAY = dayNumberFromParts(LAST_SUPPORTED_YEAR, 12, 31);

/** Years added around a requested date when an index is first built or grown, so neighbours hit the cache. */
const YEARS_BEFORE = 5;
const YEARS_AFTER = 10;

const indexes = new WeakMap<BankHolidayCalendar, Partial<Record<Nation, WorkingDayIndex>>>();

function buildIndex(calendar: BankHolidayCalendar, nation: Nation, firstYear: number, lastYear: number) {
  const firstDay = dayNumberFromParts(firstYear, 1, 1);
  const lastDay = dayNumberFromParts(lastYear, 12, 31);
  const length = lastDay - firstDay + 1;
  const holiday = new Uint8Array(length);
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const { date } of bankHolidays(nation, year, calendar))
      holiday[parseCalendarDate(date) - firstDay] = 1;
  }
  const rank = new Int32Array(length);
  const working: number[] = [];
  let count = 0;
  for (let i = 0; i < length; i += 1) {
    const day = firstDay + i;
    if (holiday[i] === 0 && !isWeekend(day)) {
      count += 1;
      working.push(day);
    }
    rank[i] = count;
  }
  return { firstYear, lastYear, firstDay, lastDay, rank, working: Int32Array.from(working) };
}

/** The index for (calendar, nation), built or grown so that it covers [fromDay, toDay]. */
function indexCovering(calendar: BankHolidayCalendar, nation: Nation, fromDay: DayNumber, toDay: DayNumber) {
  let perNation = indexes.get(calendar);
  if (!perNation) {
    perNation = {};
    indexes.set(calendar, perNation);
  }
  const current = perNation[nation];
  if (current && fromDay >= current.firstDay && toDay <= current.lastDay) return current;
  const fromYear = partsFromDayNumber(fromDay).year;
  const toYear = partsFromDayNumber(toDay).year;
  const firstYear = Math.max(
    FIRST_SUPPORTED_YEAR,
    Math.min(current?.firstYear ?? Infinity, fromYear - YEARS_BEFORE),
  );
  const lastYear = Math.min(
    LAST_SUPPORTED_YEAR,
    Math.max(current?.lastYear ?? -Infinity, toYear + YEARS_AFTER),
  );
  const index = buildIndex(calendar, nation, firstYear, lastYear);
  perNation[nation] = index;
  return index;
}

function supportedDay(date: unknown, field: string): DayNumber {
  const day = parseCalendarDate(date, field);
  if (day < FIRST_SUPPORTED_DAY || day > LAST_SUPPORTED_DAY) {
    assertSupportedYear(partsFromDayNumber(day).year, `${field} year`);
  }
  return day;
}

/** True when the date is Monday to Friday and not one of the nation's bank holidays. */
export function isWorkingDay(
  date: string,
  nation: Nation,
  calendar: BankHolidayCalendar = builtInCalendar,
): boolean {
  const day = supportedDay(date, 'date');
  assertNation(nation);
  const index = indexCovering(calendar, nation, day, day);
  const i = day - index.firstDay;
  return index.rank[i]! - (i > 0 ? index.rank[i - 1]! : 0) === 1;
}

/**
 * The n-th working day after `date` (before it when n < 0). `date` itself never counts, and need not be a
 * working day; n = 0 returns `date` unchanged.
 * @throws RangeError for an invalid date, nation or count, or a result outside the supported years.
 */
export function addWorkingDays(
  date: string,
  n: number,
  nation: Nation,
  calendar: BankHolidayCalendar = builtInCalendar,
): string {
  const day = supportedDay(date, 'date');
  if (!Number.isSafeInteger(n)) throw new RangeError(`n: expected a whole number of working days, got ${n}`);
  assertNation(nation);
  if (n === 0) return date;
  // A working day is at least one calendar day, and every week holds at least one (holidays never fill a
  // week), so the answer lies within |n| weeks; grow the index once to cover that far, then read.
  const reach = Math.min(Math.abs(n) * 7, LAST_SUPPORTED_DAY - FIRST_SUPPORTED_DAY);
  const index =
    n > 0
      ? indexCovering(calendar, nation, day, Math.min(day + reach, LAST_SUPPORTED_DAY))
      : indexCovering(calendar, nation, Math.max(day - reach, FIRST_SUPPORTED_DAY), day);
  const i = day - index.firstDay;
  const rank = index.rank[i]!;
  // rank counts working days up to and including `date`; working[rank - 1] is the last one on or before it.
  const isWorking = rank - (i > 0 ? index.rank[i - 1]! : 0) === 1;
  const target = n > 0 ? rank - 1 + n : rank - (isWorking ? 1 : 0) + n;
  const result = index.working[target];
  if (result === undefined) {
    throw new RangeError(
      `${n} working days ${n > 0 ? 'after' : 'before'} ${date} falls outside the supported years ` +
        `${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`,
    );
  }
  return formatDayNumber(result);
}

/** Working days in (from, to]; negative when to < from; 0 when equal. */
export function workingDaysBetween(
  from: string,
  to: string,
  nation: Nation,
  calendar: BankHolidayCalendar = builtInCalendar,
): number {
  const fromDay = supportedDay(from, 'from');
  const toDay = supportedDay(to, 'to');
  assertNation(nation);
  const index = indexCovering(calendar, nation, Math.min(fromDay, toDay), Math.max(fromDay, toDay));
  return index.rank[toDay - index.firstDay]! - index.rank[fromDay - index.firstDay]!;
}
