import { z } from 'zod';
import { londonDate, monthName } from '../calendar';

/**
 * Reporting periods in Europe/London calendar dates. Partnerships report quarterly (Darlington DSP 2024,
 * Appendix 1: "scorecards for quarterly reporting"), six-monthly (LSCB 2019) and annually (both). Public
 * bodies in England count years from April, so quarters default to the financial year (Q1 = April–June);
 * `yearStartMonth: 1` gives calendar quarters.
 */

export const PERIOD_KINDS = ['quarter', 'half-year', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First day, 'YYYY-MM-DD'. */
  start: string;
  /** Last day, inclusive, 'YYYY-MM-DD'. */
  end: string;
  /** e.g. "Q1 2025/26 (April–June 2025)", "2025/26 (April 2025 – March 2026)", "2025". */
  label: string;
}

export const periodOptionsSchema = z.object({
  /** 4 (April, the financial year) by default; 1 for calendar years. */
  yearStartMonth: z.number().int().min(1, 'must be a month 1-12').max(12, 'must be a month 1-12').default(4),
});

const LENGTH: Record<PeriodKind, number> = { quarter: 3, 'half-year': 6, year: 12 };
const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A month counted from January of year 0, so adding months never has to think about year ends. */
const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);
const yearOf = (index: number): number => Math.floor(index / 12);
const monthOf = (index: number): number => (index % 12) + 1;

function londonCalendarDate(date: Date | string): string {
  if (typeof date === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
    const instant = new Date(date);
    if (Number.isNaN(instant.getTime()))
      throw new RangeError(`date: expected 'YYYY-MM-DD' or an ISO instant, got '${date}'`);
    return londonDate(instant);
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('date: expected a valid Date');
  return londonDate(date);
}

/** The period of `kind` that contains `date` (an instant, taken in London time, or a 'YYYY-MM-DD' date). */
export function periodFor(
  kind: PeriodKind,
  date: Date | string,
  options: z.input<typeof periodOptionsSchema> = {},
): Period {
  if (!PERIOD_KINDS.includes(kind)) throw new RangeError(`kind: must be one of ${PERIOD_KINDS.join(', ')}`);
  const parsed = periodOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new RangeError(`yearStartMonth: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const { yearStartMonth } = parsed.data;
  const [year, month] = londonCalendarDate(date).split('-').map(Number) as [number, number];
  const here = monthIndex(year, month);
  const yearStart = monthIndex(month >= yearStartMonth ? year : year - 1, yearStartMonth);
  const length = LENGTH[kind];
  const first = yearStart + Math.floor((here - yearStart) / length) * length;
  const last = first + length - 1;
  const start = `${yearOf(first)}-${pad(monthOf(first))}-01`;
  const end = `${yearOf(last)}-${pad(monthOf(last))}-${pad(daysIn(yearOf(last), monthOf(last)))}`;
  return { kind, start, end, label: labelOf(kind, first, last, yearStart, yearStartMonth) };
}

function labelOf(
  kind: PeriodKind,
  first: number,
  last: number,
  yearStart: number,
  yearStartMonth: number,
): string {
  const [from, to] = [monthName(monthOf(first)), monthName(monthOf(last))];
  const span =
    yearOf(first) === yearOf(last)
      ? `${from}–${to} ${yearOf(last)}`
      : `${from} ${yearOf(first)} – ${to} ${yearOf(last)}`;
  const startYear = yearOf(yearStart);
  const yearName = yearStartMonth === 1 ? `${startYear}` : `${startYear}/${pad((startYear + 1) % 100)}`;
  if (kind === 'year') return yearStartMonth === 1 ? yearName : `${yearName} (${span})`;
  const number = Math.floor((first - yearStart) / LENGTH[kind]) + 1;
  return `${kind === 'quarter' ? 'Q' : 'H'}${number} ${yearName} (${span})`;
}

/** Whether an ISO instant falls within the period, by its London calendar date. */
export function inPeriod(period: Pick<Period, 'start' | 'end'>, instant: string): boolean {
  const day = londonDate(new Date(instant));
  return day >= period.start && day <= period.end;
}
