/**
 * UK working-day calendar behind every deadline: bank holidays per nation (GOV.UK's published data, the
 * statutory rules beyond it, newer feeds imported by the user or IT), working-day arithmetic, and stage
 * deadlines in Europe/London time. See docs/calendar.md.
 */
export { NATIONS, nationSchema } from './nations';
export type { Nation } from './nations';
export type { BankHoliday } from './statutory-rules';
export { statutoryBankHolidays, easterSunday } from './statutory-rules';
export {
  bankHolidays,
  bankHolidayCalendarSchema,
  builtInCalendar,
  builtInFeed,
  calendarFromFeeds,
  FIRST_SUPPORTED_YEAR,
  importBankHolidayFeed,
  LAST_SUPPORTED_YEAR,
  publishedYears,
} from './bank-holiday-calendar';
export type { BankHolidayCalendar } from './bank-holiday-calendar';
export { govUkFeedSchema, parseGovUkFeed } from './gov-uk-feed';
export type { GovUkEvent, GovUkFeed } from './gov-uk-feed';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';
export {
  DEFAULT_WORKING_HOURS,
  londonDate,
  londonInstant,
  LONDON_TIME_ZONE,
  workingHoursSchema,
} from './london-time';
export type { WorkingHours } from './london-time';
export { longDate, longDateWithDay, monthName } from './date-words';
export { deadlineStatus, stageDeadline, stageDeadlineSchema } from './stage-deadline';
export type { DeadlineState, StageDeadline } from './stage-deadline';
