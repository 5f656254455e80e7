import { describe, expect, test } from 'vitest';
import {
  bankHolidays,
  easterSunday,
  NATIONS,
  statutoryBankHolidays,
  type Nation,
} from '../../../lib/calendar';

function isoOf(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

describe('Easter by the Gregorian computus', () => {
  test.each([
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'], // the latest possible date
    [2100, '2100-03-28'],
    [2285, '2285-03-22'], // the earliest possible date
  ])('%i: %s', (year, expected) => {
    expect(isoOf(easterSunday(year))).toBe(expected);
  });
});

describe('years beyond the published data follow the rules', () => {
  test.each<[Nation, number, string, string]>([
    // New Year's Day on a Saturday moves to Monday.
    ['england-and-wales', 2028, '2028-01-03', 'New Year\u2019s Day'],
    // Scotland: Saturday 1 January -> Monday 3rd, 2 January -> Tuesday 4th.
    ['scotland', 2028, '2028-01-03', 'New Year\u2019s Day'],
    ['scotland', 2028, '2028-01-04', '2nd January'],
    // Scotland: Sunday 1 January -> Monday 2nd, and 2 January moves to Tuesday 3rd (as GOV.UK did in 2023).
    ['scotland', 2034, '2034-01-02', 'New Year\u2019s Day'],
    ['scotland', 2034, '2034-01-03', '2nd January'],
    // St Andrew's Day on a Saturday -> Monday 2 December.
    ['scotland', 2030, '2030-12-02', 'St Andrew\u2019s Day'],
    // Scotland's summer holiday is the first Monday of August; elsewhere the last.
    ['scotland', 2028, '2028-08-07', 'Summer bank holiday'],
    ['england-and-wales', 2028, '2028-08-28', 'Summer bank holiday'],
    // Christmas on a Saturday: Christmas -> Monday 27th, Boxing Day -> Tuesday 28th.
    ['england-and-wales', 2032, '2032-12-27', 'Christmas Day'],
    ['england-and-wales', 2032, '2032-12-28', 'Boxing Day'],
    // Christmas on a Sunday: Boxing Day keeps Monday 26th, Christmas moves to Tuesday 27th.
    ['northern-ireland', 2033, '2033-12-26', 'Boxing Day'],
    ['northern-ireland', 2033, '2033-12-27', 'Christmas Day'],
    // Northern Ireland: St Patrick's and the Boyne on Saturdays move to Monday.
    ['northern-ireland', 2029, '2029-03-19', 'St Patrick\u2019s Day'],
    ['northern-ireland', 2031, '2031-07-14', 'Battle of the Boyne (Orangemen\u2019s Day)'],
    // Easter 2038 is the latest possible: Good Friday 23 April, Easter Monday 26 April.
    ['england-and-wales', 2038, '2038-04-23', 'Good Friday'],
    ['england-and-wales', 2038, '2038-04-26', 'Easter Monday'],
  ])('%s %i includes %s %s', (nation, year, date, title) => {
    expect(bankHolidays(nation, year)).toContainEqual({ date, title });
  });

  test('Scotland has no Easter Monday; Northern Ireland has all of England and Wales plus two', () => {
    for (let year = 2028; year <= 2060; year += 1) {
      expect(statutoryBankHolidays('scotland', year).map((h) => h.title)).not.toContain('Easter Monday');
      const ni = statutoryBankHolidays('northern-ireland', year).map((h) => h.title);
      for (const holiday of statutoryBankHolidays('england-and-wales', year))
        expect(ni).toContain(holiday.title);
      expect(ni).toHaveLength(10);
    }
  });

  test.each(NATIONS)('%s: rule years have the full count, on distinct weekdays', (nation) => {
    const count = { 'england-and-wales': 8, scotland: 9, 'northern-ireland': 10 }[nation];
    for (let year = 2028; year <= 2200; year += 1) {
      const dates = bankHolidays(nation, year).map((h) => h.date);
      expect(dates).toHaveLength(count);
      expect(new Set(dates).size).toBe(count);
      for (const date of dates) {
        expect(date.startsWith(String(year))).toBe(true);
        expect([0, 6]).not.toContain(new Date(`${date}T12:00:00Z`).getUTCDay());
      }
    }
  });

  test.each([2017, 3000, 2024.5, Number.NaN])('bankHolidays rejects year %s with a RangeError', (year) => {
    expect(() => bankHolidays('england-and-wales', year)).toThrow(RangeError);
  });

  test('bankHolidays rejects an unknown nation', () => {
    expect(() => bankHolidays('wales' as Nation, 2025)).toThrow(/nation: 'wales' is not a nation/);
  });
});
