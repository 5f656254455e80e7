import {
  builtInCalendar,
  londonDate,
  workingDaysBetween,
  type BankHolidayCalendar,
  type DeadlineState,
  type Nation,
} from '../calendar';
import type { ChallengeSummary } from './summary';

/** Where a challenge stands against its deadline at a given moment, from its summary alone. */
export interface SummaryStanding {
  deadlineState: DeadlineState | null;
  workingDaysLeft: number | null;
}

/**
 * The same standing the derived state has (deriveChallengeState's deadlineState and workingDaysLeft):
 * overdue from the deadline, due soon from the due-soon instant, working days counted from London's today
 * to the deadline's London date on the nation's bank-holiday calendar. The summary's nation is the one
 * the deadline was counted on; `fallbackNation` (the settings') serves rows stored before it was kept.
 * Null for a closed challenge or a stage without a deadline.
 */
export function summaryStanding(
  summary: Pick<ChallengeSummary, 'status' | 'deadline' | 'dueSoonAt' | 'nation'>,
  now: Date,
  fallbackNation: Nation,
  calendar: BankHolidayCalendar = builtInCalendar,
): SummaryStanding {
  if (summary.status !== 'open' || summary.deadline === null)
    return { deadlineState: null, workingDaysLeft: null };
  const at = now.getTime();
  const due = Date.parse(summary.deadline);
  const dueSoon = summary.dueSoonAt === null ? due : Date.parse(summary.dueSoonAt);
  const deadlineState: DeadlineState = at >= due ? 'overdue' : at >= dueSoon ? 'due-soon' : 'on-track';
  let workingDaysLeft: number | null;
  try {
    const nation = summary.nation ?? fallbackNation;
    workingDaysLeft = workingDaysBetween(londonDate(now), londonDate(new Date(due)), nation, calendar);
  } catch {
    // Outside the calendar's supported years: the deadline's date alone is still worth showing.
    workingDaysLeft = null;
  }
  return { deadlineState, workingDaysLeft };
}
