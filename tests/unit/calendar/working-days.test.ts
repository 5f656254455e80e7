import { describe, expect, test } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween, type Nation } from '../../../lib/calendar';

const EW: Nation = 'england-and-wales';
const SC: Nation = 'scotland';
const NI: Nation = 'northern-ireland';

describe('addWorkingDays', () => {
  test.each<[string, Nation, string, number, string]>([
    // Christmas and New Year across years
    ['Christmas 2024, next working day', EW, '2024-12-24', 1, '2024-12-27'],
    ['Christmas 2024 into the new year', EW, '2024-12-24', 5, '2025-01-03'],
    ['Scotland loses 2 January too', SC, '2024-12-24', 5, '2025-01-06'],
    ['Boxing Day substitute Monday 2026', EW, '2026-12-24', 1, '2026-12-29'],
    ['both Christmas substitutes 2027', EW, '2027-12-24', 1, '2027-12-29'],
    ['New Year substitute 2028 (by rule)', EW, '2027-12-31', 1, '2028-01-04'],
    ['Scotland New Year pair 2028 (by rule)', SC, '2027-12-31', 1, '2028-01-05'],
    ['backwards over New Year', EW, '2025-01-02', -1, '2024-12-31'],
    ['backwards over Christmas', EW, '2025-01-02', -3, '2024-12-27'],
    // Easter
    ['Easter 2025 in England and Wales', EW, '2025-04-17', 1, '2025-04-22'],
    ['Easter Monday is a working day in Scotland', SC, '2025-04-17', 1, '2025-04-21'],
    ['Easter 2025 in Northern Ireland', NI, '2025-04-17', 1, '2025-04-22'],
    // One-offs
    ['VE day 2020', EW, '2020-05-07', 1, '2020-05-11'],
    ['4 May 2020 was a working day (early May moved)', EW, '2020-05-01', 1, '2020-05-04'],
    ['Platinum Jubilee 2022', EW, '2022-06-01', 1, '2022-06-06'],
    ['30 May 2022 was a working day (spring moved)', EW, '2022-05-27', 1, '2022-05-30'],
    ['state funeral 2022', EW, '2022-09-16', 1, '2022-09-20'],
    ['state funeral 2022 in Scotland', SC, '2022-09-16', 1, '2022-09-20'],
    ['coronation 2023', NI, '2023-05-05', 1, '2023-05-09'],
    // Scotland's 2 January
    ['Scotland 1 and 2 January 2026', SC, '2025-12-31', 1, '2026-01-05'],
    ['England and Wales works 2 January 2026', EW, '2025-12-31', 1, '2026-01-02'],
    ['Scotland 2023: both January substitutes', SC, '2022-12-30', 1, '2023-01-04'],
    // St Andrew's Day substitutes
    ["St Andrew's 2024 substitute Monday", SC, '2024-11-29', 1, '2024-12-03'],
    ["St Andrew's 2024 is nothing in England", EW, '2024-11-29', 1, '2024-12-02'],
    ["St Andrew's 2025 substitute Monday", SC, '2025-11-28', 1, '2025-12-02'],
    ["St Andrew's 2030 substitute (by rule)", SC, '2030-11-29', 1, '2030-12-03'],
    // Northern Ireland's 12 July and 17 March substitutes
    ['Boyne 2025 substitute Monday', NI, '2025-07-11', 1, '2025-07-15'],
    ['Boyne 2025 is nothing in England', EW, '2025-07-11', 1, '2025-07-14'],
    ['Boyne 2026 substitute Monday', NI, '2026-07-10', 1, '2026-07-14'],
    ['Boyne 2031 substitute (by rule)', NI, '2031-07-11', 1, '2031-07-15'],
    ["St Patrick's 2024 substitute Monday", NI, '2024-03-15', 1, '2024-03-19'],
    // Weekends and n = 0
    ['from a Saturday, 1 is Monday', EW, '2025-06-14', 1, '2025-06-16'],
    ['from a Sunday, -1 is Friday', EW, '2025-06-15', -1, '2025-06-13'],
    ['from a Friday, 1 is Monday', EW, '2025-06-13', 1, '2025-06-16'],
    ['n = 0 returns the date, even a Saturday', EW, '2025-06-14', 0, '2025-06-14'],
    ['n = 0 returns the date, even a holiday', EW, '2025-12-25', 0, '2025-12-25'],
    ['from a holiday, 1 is the next working day', EW, '2025-12-25', 1, '2025-12-29'],
    ['across a leap day', EW, '2024-02-28', 2, '2024-03-01'],
  ])('%s', (_name, nation, date, n, expected) => {
    expect(addWorkingDays(date, n, nation)).toBe(expected);
  });

  test.each<[string, () => unknown, RegExp]>([
    ['30 February', () => addWorkingDays('2024-02-30', 1, EW), /'2024-02-30' is not a real date/],
    ['29 February in a common year', () => addWorkingDays('2023-02-29', 1, EW), /not a real date/],
    ['month 13', () => addWorkingDays('2024-13-01', 1, EW), /has no month 13/],
    ['not ISO', () => addWorkingDays('1/2/2024', 1, EW), /is not a 'YYYY-MM-DD' date/],
    [
      'a Date object',
      () => addWorkingDays(new Date() as unknown as string, 1, EW),
      /expected a 'YYYY-MM-DD'/,
    ],
    ['fractional n', () => addWorkingDays('2024-02-01', 1.5, EW), /n: expected a whole number/],
    ['NaN n', () => addWorkingDays('2024-02-01', Number.NaN, EW), /n: expected a whole number/],
    ['unknown nation', () => addWorkingDays('2024-02-01', 1, 'wales' as Nation), /is not a nation/],
    ['before the supported years', () => addWorkingDays('2017-12-29', 1, EW), /outside the supported years/],
    ['result before the supported years', () => addWorkingDays('2018-01-03', -5, EW), /falls outside/],
    ['result after the supported years', () => addWorkingDays('2999-12-30', 5, EW), /falls outside/],
  ])('rejects %s with a RangeError', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('isWorkingDay', () => {
  test.each<[string, Nation, boolean]>([
    ['2025-06-14', EW, false], // Saturday
    ['2025-06-15', EW, false], // Sunday
    ['2025-06-16', EW, true],
    ['2020-05-04', EW, true], // early May moved to VE day
    ['2020-05-08', EW, false],
    ['2022-05-30', EW, true], // spring moved for the jubilee
    ['2022-06-02', SC, false],
    ['2022-06-03', NI, false],
    ['2022-09-19', EW, false],
    ['2023-05-08', SC, false],
    ['2025-04-21', EW, false],
    ['2025-04-21', SC, true],
    ['2025-08-04', SC, false],
    ['2025-08-04', EW, true],
    ['2025-08-25', SC, true],
    ['2025-08-25', NI, false],
    ['2026-01-02', SC, false],
    ['2026-01-02', EW, true],
    ['2024-12-02', SC, false],
    ['2024-03-18', NI, false],
    ['2024-03-18', EW, true],
    ['2025-07-14', NI, false],
    ['2025-07-14', SC, true],
  ])('%s in %s: %s', (date, nation, expected) => {
    expect(isWorkingDay(date, nation)).toBe(expected);
  });
});

describe('workingDaysBetween counts (from, to]', () => {
  test.each<[string, string, Nation, number]>([
    ['2024-12-24', '2025-01-03', EW, 5],
    ['2025-01-03', '2024-12-24', EW, -5],
    ['2024-12-24', '2024-12-24', EW, 0],
    ['2025-04-17', '2025-04-22', EW, 1],
    ['2025-04-17', '2025-04-22', SC, 2],
    ['2025-06-14', '2025-06-15', EW, 0], // Saturday to Sunday
    ['2025-06-13', '2025-06-16', EW, 1], // Friday to Monday
    ['2025-06-16', '2025-06-13', EW, -1],
    ['2024-12-31', '2025-12-31', EW, 253], // 261 weekdays less 8 bank holidays
    ['2024-12-31', '2025-12-31', SC, 252],
    ['2024-12-31', '2025-12-31', NI, 251],
  ])('%s to %s in %s: %i', (from, to, nation, expected) => {
    expect(workingDaysBetween(from, to, nation)).toBe(expected);
  });

  test('rejects an invalid date naming the field', () => {
    expect(() => workingDaysBetween('2025-01-01', '2025-02-31', EW)).toThrow(/^to: '2025-02-31'/);
  });
});
