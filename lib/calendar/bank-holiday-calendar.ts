/**
 * The bank-holiday calendar: GOV.UK's published holidays for the years it covers, the statutory rules for
 * every other year. Plain, JSON-serialisable data, so a stored imported feed (or the calendar itself) can
 * rebuild it exactly.
 */
import { z } from 'zod';
import { isCalendarDate } from './calendar-date';
import { feedYears, parseGovUkFeed, type GovUkFeed } from './gov-uk-feed';
import { assertNation, NATIONS, type Nation } from './nations';
import { statutoryBankHolidays, type BankHoliday } from './statutory-rules';
import publishedFeedJson from './data/gov-uk-bank-holidays.json';

/** Working-day arithmetic and holiday lists cover these years; outside them inputs throw a RangeError. */
export const FIRST_SUPPORTED_YEAR = 2018;
export const LAST_SUPPORTED_YEAR = 2999;

export interface BankHolidayCalendar {
  /**
   * Published holidays per nation, keyed by year ('2024'), in date order. A year present here is complete
   * and replaces the rules (it carries one-offs and moved days); a year absent follows the statutory rules.
   */
  readonly published: Readonly<Record<Nation, Readonly<Record<string, readonly BankHoliday[]>>>>;
}

const bankHolidaySchema = z.object({
  date: z.string().refine(isCalendarDate, { message: "not a real 'YYYY-MM-DD' date" }),
  title: z.string().min(1),
});
const yearsSchema = z.record(
  z.string().regex(/^\d{4}$/, 'expected a four-digit year'),
  z.array(bankHolidaySchema),
);

/** Validates a stored calendar (e.g. one persisted after an import) before it is used again. */
export const bankHolidayCalendarSchema = z.object({
  published: z.object({
    'england-and-wales': yearsSchema,
    scotland: yearsSchema,
    'northern-ireland': yearsSchema,
  }),
}) satisfies z.ZodType<BankHolidayCalendar>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function isSupportedYear(year: number): boolean {
  return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
}

/** A feed's holidays by year; years outside the supported range (old GOV.UK copies reach 2012) are left out. */
function holidaysByYear(feed: GovUkFeed, nation: Nation): Record<string, BankHoliday[]> {
  const byYear: Record<string, BankHoliday[]> = {};
  for (const event of feed[nation].events) {
    const year = event.date.slice(0, 4);
    if (!isSupportedYear(Number(year))) continue;
    (byYear[year] ??= []).push({ date: event.date, title: event.title });
  }
  for (const holidays of Object.values(byYear)) holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
  return byYear;
}

/**
 * Build a calendar from GOV.UK feeds, oldest first: each feed replaces the years it covers, so a newer feed
 * corrects an older one (GOV.UK does move holidays) while the years it has dropped stay as they were.
 */
export function calendarFromFeeds(
  feeds: readonly GovUkFeed[],
  base?: BankHolidayCalendar,
): BankHolidayCalendar {
  const published = {} as Record<Nation, Record<string, readonly BankHoliday[]>>;
  for (const nation of NATIONS) {
    published[nation] = { ...(base?.published[nation] ?? {}) };
    for (const feed of feeds) Object.assign(published[nation], holidaysByYear(feed, nation));
  }
  return deepFreeze({ published });
}

function loadBuiltInFeed(): GovUkFeed {
  const parsed = parseGovUkFeed(publishedFeedJson);
  // The shipped data is checked by the tests; failing here means the JSON file itself was damaged.
  if (!parsed.ok) throw new Error(`built-in bank holiday data is invalid: ${parsed.errors.join('; ')}`);
  return parsed.feed;
}

/** The published data shipped with the extension (GOV.UK, 2018 to the latest year found; see data/SOURCE.md). */
export const builtInFeed: GovUkFeed = deepFreeze(loadBuiltInFeed());

export const builtInCalendar: BankHolidayCalendar = calendarFromFeeds([builtInFeed]);

/**
 * A year the feed lists must be complete: once published, a year replaces the rules, so a missing holiday
 * would silently become a working day. No published year has had fewer holidays than the rules give (moved
 * days keep the count; one-offs only add), so fewer means a truncated or hand-edited file.
 */
function incompleteYears(feed: GovUkFeed): string[] {
  const errors: string[] = [];
  for (const nation of NATIONS) {
    for (const [year, holidays] of Object.entries(holidaysByYear(feed, nation))) {
      const expected = statutoryBankHolidays(nation, Number(year)).length;
      if (holidays.length < expected) {
        errors.push(
          `${nation}.events: ${year} lists ${holidays.length} bank holidays but a complete year has at least ` +
            `${expected}; import the whole GOV.UK file`,
        );
      }
    }
  }
  return errors;
}

/**
 * Parse a GOV.UK bank-holidays.json (zod); on success a calendar extending `base` with it. The feed's years
 * replace the same years in `base`; years before FIRST_SUPPORTED_YEAR are ignored. addedYears lists, per
 * nation, the years `base` did not have.
 */
export function importBankHolidayFeed(
  json: unknown,
  base: BankHolidayCalendar = builtInCalendar,
):
  | { ok: true; calendar: BankHolidayCalendar; addedYears: Record<Nation, number[]> }
  | { ok: false; errors: string[] } {
  const parsed = parseGovUkFeed(json);
  if (!parsed.ok) return parsed;
  const errors = incompleteYears(parsed.feed);
  if (errors.length > 0) return { ok: false, errors };
  const years = feedYears(parsed.feed);
  const addedYears = {} as Record<Nation, number[]>;
  for (const nation of NATIONS) {
    addedYears[nation] = years[nation].filter(
      (year) => isSupportedYear(year) && !(String(year) in base.published[nation]),
    );
  }
  return { ok: true, calendar: calendarFromFeeds([parsed.feed], base), addedYears };
}

/** @throws RangeError when the year is not a whole number within the supported years. */
export function assertSupportedYear(year: unknown, field = 'year'): asserts year is number {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new RangeError(`${field}: expected a whole-number year, got ${String(year)}`);
  }
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(
      `${field}: ${year} is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`,
    );
  }
}

/** A nation's bank holidays in a year, in date order: published where the calendar has the year, else by rule. */
export function bankHolidays(
  nation: Nation,
  year: number,
  calendar: BankHolidayCalendar = builtInCalendar,
): BankHoliday[] {
  assertNation(nation);
  assertSupportedYear(year);
  const published = calendar.published[nation][String(year)];
  if (published) return published.map((holiday) => ({ date: holiday.date, title: holiday.title }));
  return statutoryBankHolidays(nation, year);
}

/** Years the calendar holds published data for, ascending (for 'bank holidays known up to …' in settings). */
export function publishedYears(nation: Nation, calendar: BankHolidayCalendar = builtInCalendar): number[] {
  assertNation(nation);
  return Object.keys(calendar.published[nation])
    .map(Number)
    .sort((a, b) => a - b);
}
