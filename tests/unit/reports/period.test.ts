import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { inPeriod, periodFor, type PeriodKind } from '../../../lib/reports';

describe('periodFor: financial year by default (April to March)', () => {
  test.each<[PeriodKind, string, string, string, string]>([
    ['quarter', '2025-05-13', '2025-04-01', '2025-06-30', 'Q1 2025/26 (April–June 2025)'],
    ['quarter', '2025-12-31', '2025-10-01', '2025-12-31', 'Q3 2025/26 (October–December 2025)'],
    ['quarter', '2026-02-01', '2026-01-01', '2026-03-31', 'Q4 2025/26 (January–March 2026)'],
    ['half-year', '2025-09-30', '2025-04-01', '2025-09-30', 'H1 2025/26 (April–September 2025)'],
    ['half-year', '2025-10-01', '2025-10-01', '2026-03-31', 'H2 2025/26 (October 2025 – March 2026)'],
    ['year', '2025-03-31', '2024-04-01', '2025-03-31', '2024/25 (April 2024 – March 2025)'],
    ['year', '2099-04-01', '2099-04-01', '2100-03-31', '2099/00 (April 2099 – March 2100)'],
    ['quarter', '2024-02-29', '2024-01-01', '2024-03-31', 'Q4 2023/24 (January–March 2024)'],
  ])('%s containing %s', (kind, date, start, end, label) => {
    expect(periodFor(kind, date)).toEqual({ kind, start, end, label });
  });
});

describe('calendar years when asked', () => {
  test.each<[PeriodKind, string, string, string, string]>([
    ['quarter', '2025-05-13', '2025-04-01', '2025-06-30', 'Q2 2025 (April–June 2025)'],
    ['half-year', '2025-05-13', '2025-01-01', '2025-06-30', 'H1 2025 (January–June 2025)'],
    ['year', '2025-05-13', '2025-01-01', '2025-12-31', '2025'],
  ])('%s containing %s', (kind, date, start, end, label) => {
    expect(periodFor(kind, date, { yearStartMonth: 1 })).toEqual({ kind, start, end, label });
  });
});

describe('instants are taken in London time', () => {
  test.each([
    // 23:30 UTC on 31 March 2025 is 00:30 BST on 1 April: the new financial year.
    ['2025-03-31T23:30:00Z', '2025-04-01'],
    // 23:30 UTC on 31 December is 23:30 GMT the same day.
    ['2025-12-31T23:30:00Z', '2025-10-01'],
    ['2025-06-30T23:30:00Z', '2025-07-01'],
  ])('%s falls in the quarter starting %s', (instant, start) => {
    expect(periodFor('quarter', new Date(instant)).start).toBe(start);
    expect(periodFor('quarter', instant).start).toBe(start);
  });

  test('inPeriod counts by the London date, both ends included', () => {
    const q1 = periodFor('quarter', '2025-05-01');
    expect(inPeriod(q1, '2025-03-31T23:30:00Z')).toBe(true);
    expect(inPeriod(q1, '2025-03-31T22:59:59Z')).toBe(false);
    expect(inPeriod(q1, '2025-06-30T22:59:59Z')).toBe(true);
    expect(inPeriod(q1, '2025-06-30T23:00:00Z')).toBe(false);
  });
});

test('every date lies in its period, and periods of a kind tile the year', () => {
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('2019-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.constantFrom<PeriodKind>('quarter', 'half-year', 'year'),
      fc.integer({ min: 1, max: 12 }),
      (date, kind, yearStartMonth) => {
        const period = periodFor(kind, date, { yearStartMonth });
        expect(inPeriod(period, date.toISOString())).toBe(true);
        const dayAfter = new Date(`${period.end}T12:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(periodFor(kind, dayAfter, { yearStartMonth }).start).toBe(dayAfter.toISOString().slice(0, 10));
      },
    ),
  );
});

test('bad input is refused by name', () => {
  expect(() => periodFor('month' as PeriodKind, '2025-01-01')).toThrow(/^kind: /);
  expect(() => periodFor('year', 'not a date')).toThrow(/^date: /);
  expect(() => periodFor('year', '2025-01-01', { yearStartMonth: 13 })).toThrow(/^yearStartMonth: /);
});
