import { describe, expect, test } from 'vitest';
import { longDate, longDateWithDay, monthName } from '../../../lib/calendar';
import { londonDay, londonMoment } from '../../../lib/drafts';
import { periodFor } from '../../../lib/reports';

/**
 * Dates in words, pinned byte for byte: these strings are what emails, forms and reports printed when
 * the month and day names were tables written out in lib/drafts and lib/reports, before both moved to
 * date-fns's en-GB locale (lib/calendar/date-words.ts).
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

test('monthName: every month, and nothing else', () => {
  expect(MONTHS.map((_, index) => monthName(index + 1))).toEqual(MONTHS);
  for (const bad of [0, 13, 1.5, Number.NaN]) expect(() => monthName(bad)).toThrow(/^month: /);
});

describe('every month, at midday mid-month (GMT November–March, BST April–October) and late on its last day', () => {
  test.each([
    ['2025-01-15T12:00:00Z', '2025-01-15', '12:00 on Wednesday 15 January 2025'],
    ['2025-01-31T23:30:00Z', '2025-01-31', '23:30 on Friday 31 January 2025'],
    ['2025-02-15T12:00:00Z', '2025-02-15', '12:00 on Saturday 15 February 2025'],
    ['2025-02-28T23:30:00Z', '2025-02-28', '23:30 on Friday 28 February 2025'],
    ['2025-03-15T12:00:00Z', '2025-03-15', '12:00 on Saturday 15 March 2025'],
    // In BST, 23:30 UTC on a month's last day is already the next month in London.
    ['2025-03-31T23:30:00Z', '2025-04-01', '00:30 on Tuesday 1 April 2025'],
    ['2025-04-15T12:00:00Z', '2025-04-15', '13:00 on Tuesday 15 April 2025'],
    ['2025-04-30T23:30:00Z', '2025-05-01', '00:30 on Thursday 1 May 2025'],
    ['2025-05-15T12:00:00Z', '2025-05-15', '13:00 on Thursday 15 May 2025'],
    ['2025-05-31T23:30:00Z', '2025-06-01', '00:30 on Sunday 1 June 2025'],
    ['2025-06-15T12:00:00Z', '2025-06-15', '13:00 on Sunday 15 June 2025'],
    ['2025-06-30T23:30:00Z', '2025-07-01', '00:30 on Tuesday 1 July 2025'],
    ['2025-07-15T12:00:00Z', '2025-07-15', '13:00 on Tuesday 15 July 2025'],
    ['2025-07-31T23:30:00Z', '2025-08-01', '00:30 on Friday 1 August 2025'],
    ['2025-08-15T12:00:00Z', '2025-08-15', '13:00 on Friday 15 August 2025'],
    ['2025-08-31T23:30:00Z', '2025-09-01', '00:30 on Monday 1 September 2025'],
    ['2025-09-15T12:00:00Z', '2025-09-15', '13:00 on Monday 15 September 2025'],
    ['2025-09-30T23:30:00Z', '2025-10-01', '00:30 on Wednesday 1 October 2025'],
    ['2025-10-15T12:00:00Z', '2025-10-15', '13:00 on Wednesday 15 October 2025'],
    ['2025-10-31T23:30:00Z', '2025-10-31', '23:30 on Friday 31 October 2025'],
    ['2025-11-15T12:00:00Z', '2025-11-15', '12:00 on Saturday 15 November 2025'],
    ['2025-11-30T23:30:00Z', '2025-11-30', '23:30 on Sunday 30 November 2025'],
    ['2025-12-15T12:00:00Z', '2025-12-15', '12:00 on Monday 15 December 2025'],
    ['2025-12-31T23:30:00Z', '2025-12-31', '23:30 on Wednesday 31 December 2025'],
    // Either side of the clock changes (last Sundays of March and October).
    ['2025-03-30T00:30:00Z', '2025-03-30', '00:30 on Sunday 30 March 2025'],
    ['2025-03-30T01:30:00Z', '2025-03-30', '02:30 on Sunday 30 March 2025'],
    ['2025-10-26T00:30:00Z', '2025-10-26', '01:30 on Sunday 26 October 2025'],
    ['2025-10-26T01:30:00Z', '2025-10-26', '01:30 on Sunday 26 October 2025'],
  ])('%s', (instant, day, moment) => {
    expect(londonDay(instant)).toBe(day);
    expect(londonMoment(instant)).toBe(moment);
  });
});

describe('calendar dates name the day they are, with no time zone', () => {
  test.each([
    ['2025-01-01', 'Wednesday'],
    ['2025-02-01', 'Saturday'],
    ['2025-03-01', 'Saturday'],
    ['2025-04-01', 'Tuesday'],
    ['2025-05-01', 'Thursday'],
    ['2025-06-01', 'Sunday'],
    ['2025-07-01', 'Tuesday'],
    ['2025-08-01', 'Friday'],
    ['2025-09-01', 'Monday'],
    ['2025-10-01', 'Wednesday'],
    ['2025-11-01', 'Saturday'],
    ['2025-12-01', 'Monday'],
  ])('%s', (date, weekday) => {
    const name = MONTHS[Number(date.slice(5, 7)) - 1]!;
    expect(longDate(date)).toBe(`1 ${name} 2025`);
    expect(longDateWithDay(date)).toBe(`${weekday} 1 ${name} 2025`);
  });

  test('the clock-change Sundays, a leap day and single-digit days', () => {
    expect(longDateWithDay('2025-03-30')).toBe('Sunday 30 March 2025');
    expect(longDateWithDay('2025-10-26')).toBe('Sunday 26 October 2025');
    expect(longDateWithDay('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(longDate('2025-05-02')).toBe('2 May 2025');
  });

  test('what is not a real date is refused by name', () => {
    for (const bad of ['2025-5-2', '2 May 2025', '2025-13-01', '2025-02-29', '2025-04-31'])
      expect(() => longDate(bad)).toThrow(/^date: /);
  });
});

test('period labels name every month as a span’s first and last', () => {
  const labels = Array.from({ length: 12 }, (_, index) => {
    const options = { yearStartMonth: index + 1 };
    return [
      periodFor('year', '2025-06-10', options).label,
      periodFor('quarter', '2025-06-10', options).label,
    ];
  });
  expect(labels).toEqual([
    ['2025', 'Q2 2025 (April–June 2025)'],
    ['2025/26 (February 2025 – January 2026)', 'Q2 2025/26 (May–July 2025)'],
    ['2025/26 (March 2025 – February 2026)', 'Q2 2025/26 (June–August 2025)'],
    ['2025/26 (April 2025 – March 2026)', 'Q1 2025/26 (April–June 2025)'],
    ['2025/26 (May 2025 – April 2026)', 'Q1 2025/26 (May–July 2025)'],
    ['2025/26 (June 2025 – May 2026)', 'Q1 2025/26 (June–August 2025)'],
    ['2024/25 (July 2024 – June 2025)', 'Q4 2024/25 (April–June 2025)'],
    ['2024/25 (August 2024 – July 2025)', 'Q4 2024/25 (May–July 2025)'],
    ['2024/25 (September 2024 – August 2025)', 'Q4 2024/25 (June–August 2025)'],
    ['2024/25 (October 2024 – September 2025)', 'Q3 2024/25 (April–June 2025)'],
    ['2024/25 (November 2024 – October 2025)', 'Q3 2024/25 (May–July 2025)'],
    ['2024/25 (December 2024 – November 2025)', 'Q3 2024/25 (June–August 2025)'],
  ]);
});
