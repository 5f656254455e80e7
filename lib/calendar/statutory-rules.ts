/**
 * Bank holidays by the standing rules, for years GOV.UK has not published (or no longer publishes).
 *
 * Sources: Banking and Financial Dealings Act 1971 Schedule 1 and the annual royal proclamations (early May,
 * and the Scottish 2 January), St Andrew's Day Bank Holiday (Scotland) Act 2007, and GOV.UK's published
 * pattern of substitute days. One-off holidays (jubilees, a state funeral, a coronation, a moved early May)
 * are proclaimed year by year and cannot be predicted: they come only from a published feed.
 */
import {
  dayNumberFromParts,
  formatDayNumber,
  isWeekend,
  MONDAY,
  weekdayOf,
  type DayNumber,
} from './calendar-date';
import type { Nation } from './nations';

export interface BankHoliday {
  /** 'YYYY-MM-DD' */
  date: string;
  title: string;
}

/** A holiday as the rules place it, before weekend substitution. */
interface RuleHoliday {
  day: DayNumber;
  title: string;
}

// GOV.UK's own titles, with its typographic apostrophes, so rule years read like published ones.
export const TITLES = {
  newYear: 'New Year\u2019s Day',
  secondJanuary: '2nd January',
  stPatrick: 'St Patrick\u2019s Day',
  goodFriday: 'Good Friday',
  easterMonday: 'Easter Monday',
  earlyMay: 'Early May bank holiday',
  spring: 'Spring bank holiday',
  boyne: 'Battle of the Boyne (Orangemen\u2019s Day)',
  summer: 'Summer bank holiday',
  stAndrew: 'St Andrew\u2019s Day',
  christmas: 'Christmas Day',
  boxing: 'Boxing Day',
} as const;

/** Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher algorithm). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberFromParts(year, month, day);
}

function firstMonday(year: number, month: number): DayNumber {
  const first = dayNumberFromParts(year, month, 1);
  return first + ((MONDAY - weekdayOf(first) + 7) % 7);
}

function lastMonday(year: number, month: number, lastDay: number): DayNumber {
  const last = dayNumberFromParts(year, month, lastDay);
  return last - ((weekdayOf(last) - MONDAY + 7) % 7);
}

function nextFreeWeekday(from: DayNumber, taken: ReadonlySet<DayNumber>): DayNumber {
  let day = from;
  while (isWeekend(day) || taken.has(day)) day += 1;
  return day;
}

/**
 * Move fixed-date holidays off weekends: holidays already on weekdays keep their day, then each weekend
 * holiday in date order takes the next weekday not already a holiday. This is how GOV.UK places them:
 * Christmas on a Sunday gives Boxing Day on Monday 26th and Christmas (substitute) on Tuesday 27th.
 */
function substituteWeekends(holidays: readonly RuleHoliday[]): RuleHoliday[] {
  const placed = holidays.filter((holiday) => !isWeekend(holiday.day));
  const taken = new Set(placed.map((holiday) => holiday.day));
  const onWeekends = holidays.filter((holiday) => isWeekend(holiday.day)).sort((a, b) => a.day - b.day);
  for (const holiday of onWeekends) {
    const day = nextFreeWeekday(holiday.day, taken);
    taken.add(day);
    placed.push({ day, title: holiday.title });
  }
  return placed.sort((a, b) => a.day - b.day);
}

/** Holidays every nation shares (England and Wales's list without Easter Monday and the August Monday). */
function sharedHolidays(year: number): RuleHoliday[] {
  const easter = easterSunday(year);
  return [
    { day: easter - 2, title: TITLES.goodFriday },
    { day: firstMonday(year, 5), title: TITLES.earlyMay },
    { day: lastMonday(year, 5, 31), title: TITLES.spring },
    { day: dayNumberFromParts(year, 12, 25), title: TITLES.christmas },
    { day: dayNumberFromParts(year, 12, 26), title: TITLES.boxing },
  ];
}

function englandAndWales(year: number): RuleHoliday[] {
  return substituteWeekends([
    { day: dayNumberFromParts(year, 1, 1), title: TITLES.newYear },
    ...sharedHolidays(year),
    { day: easterSunday(year) + 1, title: TITLES.easterMonday },
    { day: lastMonday(year, 8, 31), title: TITLES.summer },
  ]);
}

function northernIreland(year: number): RuleHoliday[] {
  return substituteWeekends([
    { day: dayNumberFromParts(year, 1, 1), title: TITLES.newYear },
    { day: dayNumberFromParts(year, 3, 17), title: TITLES.stPatrick },
    ...sharedHolidays(year),
    { day: easterSunday(year) + 1, title: TITLES.easterMonday },
    { day: dayNumberFromParts(year, 7, 12), title: TITLES.boyne },
    { day: lastMonday(year, 8, 31), title: TITLES.summer },
  ]);
}

function scotland(year: number): RuleHoliday[] {
  // 1 and 2 January are placed as a pair: when 1 January is a Sunday, New Year's Day is observed on Monday
  // the 2nd and 2 January moves to Tuesday the 3rd (GOV.UK 2023), unlike Christmas and Boxing Day.
  const newYear = nextFreeWeekday(dayNumberFromParts(year, 1, 1), new Set());
  const secondJanuary = nextFreeWeekday(Math.max(newYear + 1, dayNumberFromParts(year, 1, 2)), new Set());
  const rest = substituteWeekends([
    ...sharedHolidays(year),
    { day: firstMonday(year, 8), title: TITLES.summer },
    // A bank holiday only since the St Andrew's Day Bank Holiday (Scotland) Act 2007.
    ...(year >= 2007 ? [{ day: dayNumberFromParts(year, 11, 30), title: TITLES.stAndrew }] : []),
  ]);
  return [
    { day: newYear, title: TITLES.newYear },
    { day: secondJanuary, title: TITLES.secondJanuary },
    ...rest,
  ];
}

const RULES: Record<Nation, (year: number) => RuleHoliday[]> = {
  'england-and-wales': englandAndWales,
  scotland,
  'northern-ireland': northernIreland,
};

/** A nation's bank holidays in a year by the standing rules alone, in date order. */
export function statutoryBankHolidays(nation: Nation, year: number): BankHoliday[] {
  return RULES[nation](year).map((holiday) => ({ date: formatDayNumber(holiday.day), title: holiday.title }));
}
