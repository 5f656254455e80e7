import {
  deadlineStatus,
  stageDeadline,
  type BankHolidayCalendar,
  type DeadlineState,
  type Nation,
  type StageDeadline,
  type WorkingHours,
} from '../calendar';
import type { Timeframe } from '../protocols';

export type { DeadlineState, StageDeadline };

export interface DeadlineContext {
  nation: Nation;
  hours: WorkingHours;
  calendar?: BankHolidayCalendar;
}

/**
 * How many working days a stage has: the protocol's fixed number (Darlington Stage 1: one working day,
 * Stage 2: three), or the number the escalator set (Pan-Sussex: "At each stage the person escalating should
 * clearly state the timeframe"). "As soon as possible" and "none" give no deadline until one is set.
 */
export function stageWorkingDays(timeframe: Timeframe, agreedWorkingDays: number | null): number | null {
  if (timeframe.kind === 'working-days') return timeframe.days;
  if (timeframe.kind === 'set-by-escalator' || timeframe.kind === 'as-soon-as-possible')
    return agreedWorkingDays;
  return null;
}

/**
 * The deadline of a stage counted from its start (not from when the timeframe was set: the escalator
 * states the timeframe for resolving the stage, which runs from the escalation).
 */
export function deadlineForStage(
  startedAt: string,
  workingDays: number | null,
  context: DeadlineContext,
): StageDeadline | null {
  if (workingDays === null) return null;
  return stageDeadline(new Date(startedAt), workingDays, context.nation, context.hours, context.calendar);
}

export function deadlineStanding(
  deadline: StageDeadline,
  now: Date,
  context: DeadlineContext,
): { state: DeadlineState; workingDaysLeft: number } {
  const { state, workingDaysLeft } = deadlineStatus(deadline, now, context.nation, context.calendar);
  return { state, workingDaysLeft };
}
