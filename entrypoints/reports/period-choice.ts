import { periodFor, type Period, type PeriodKind } from '@/lib/reports';

/** The day before a 'YYYY-MM-DD' date, as 'YYYY-MM-DD' (calendar arithmetic in UTC, no time zone involved). */
function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** The period of `kind` holding `now`, then the ones before it, newest first (for the chooser). */
export function recentPeriods(kind: PeriodKind, now: Date, count = 8): Period[] {
  const periods = [periodFor(kind, now)];
  while (periods.length < count) periods.push(periodFor(kind, dayBefore((periods.at(-1) as Period).start)));
  return periods;
}
