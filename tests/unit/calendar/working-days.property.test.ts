import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  londonDate,
  NATIONS,
  stageDeadline,
  workingDaysBetween,
} from '../../../lib/calendar';

const DAY_MS = 86_400_000;
// Far enough from 2018 (the first supported year) for 2 x 250 working days back.
const FROM = Date.UTC(2020, 6, 1);
const TO = Date.UTC(2045, 11, 31);

/** ISO dates built with Date, independently of the calendar's own date arithmetic. */
function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function shift(date: string, days: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

const date = fc
  .integer({ min: 0, max: (TO - FROM) / DAY_MS })
  .map((offset) => isoDate(FROM + offset * DAY_MS));
const nation = fc.constantFrom(...NATIONS);
const count = fc.integer({ min: -250, max: 250 });

/** Oracle: step one calendar day at a time, counting working days. */
function stepWorkingDays(from: string, n: number, place: (typeof NATIONS)[number]): string {
  let current = from;
  let left = Math.abs(n);
  while (left > 0) {
    current = shift(current, Math.sign(n));
    if (isWorkingDay(current, place)) left -= 1;
  }
  return current;
}

describe('addWorkingDays invariants', () => {
  test('agrees with stepping day by day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), nation, (d, n, place) => {
        expect(addWorkingDays(d, n, place)).toBe(stepWorkingDays(d, n, place));
      }),
    );
  });

  test('lands on a working day strictly on the side of n, n working days away', () => {
    fc.assert(
      fc.property(
        date,
        count.filter((n) => n !== 0),
        nation,
        (d, n, place) => {
          const result = addWorkingDays(d, n, place);
          expect(isWorkingDay(result, place)).toBe(true);
          expect(n > 0 ? result > d : result < d).toBe(true);
          // n working days lie in (d, result] going forward, in [result, d) going back.
          const between =
            n > 0
              ? workingDaysBetween(d, result, place)
              : -(workingDaysBetween(result, d, place) - (isWorkingDay(d, place) ? 1 : 0) + 1);
          expect(between).toBe(n);
        },
      ),
    );
  });

  test('steps compose: n then m equals n + m (same direction, or from a working day)', () => {
    fc.assert(
      fc.property(date, count, count, nation, (d, n, m, place) => {
        const sameDirection = (n > 0 && m > 0) || (n < 0 && m < 0);
        fc.pre(sameDirection || (n !== 0 && isWorkingDay(d, place)));
        expect(addWorkingDays(addWorkingDays(d, n, place), m, place)).toBe(addWorkingDays(d, n + m, place));
      }),
    );
  });

  test('from a working day, going back undoes going forward', () => {
    fc.assert(
      fc.property(date, count, nation, (d, n, place) => {
        fc.pre(isWorkingDay(d, place));
        expect(addWorkingDays(addWorkingDays(d, n, place), -n, place)).toBe(d);
      }),
    );
  });

  test('never exceeds date-fns-style business days by more than the holidays in between', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 250 }), nation, (d, n, place) => {
        const result = addWorkingDays(d, n, place);
        const calendarDays = (Date.parse(result) - Date.parse(d)) / DAY_MS;
        // n working days need at least n calendar days. At most: the n days plus the weekday holidays in
        // between (no nation has more than 14 in any 250-working-day window, one-offs included), five to a
        // week, plus a weekend for where the count starts (found by fast-check: a Friday start in NI).
        expect(calendarDays).toBeGreaterThanOrEqual(n);
        expect(calendarDays).toBeLessThanOrEqual(Math.ceil((n + 14) / 5) * 7 + 2);
      }),
    );
  });
});

describe('calendar invariants', () => {
  test('weekends and bank holidays are never working days; other weekdays always are', () => {
    fc.assert(
      fc.property(date, nation, (d, place) => {
        const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
        const holiday = bankHolidays(place, Number(d.slice(0, 4))).some((h) => h.date === d);
        expect(isWorkingDay(d, place)).toBe(weekday !== 0 && weekday !== 6 && !holiday);
      }),
    );
  });

  test('workingDaysBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(date, date, date, nation, (a, b, c, place) => {
        expect(workingDaysBetween(a, b, place) + workingDaysBetween(b, c, place)).toBe(
          workingDaysBetween(a, c, place),
        );
        expect(workingDaysBetween(b, a, place) + workingDaysBetween(a, b, place)).toBe(0);
      }),
    );
  });

  test('a year has its weekdays less its bank holidays as working days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2045 }), nation, (year, place) => {
        let weekdays = 0;
        for (let ms = Date.UTC(year, 0, 1); ms <= Date.UTC(year, 11, 31); ms += DAY_MS) {
          const weekday = new Date(ms).getUTCDay();
          if (weekday !== 0 && weekday !== 6) weekdays += 1;
        }
        const holidays = bankHolidays(place, year).length;
        expect(workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`, place)).toBe(weekdays - holidays);
      }),
    );
  });
});

describe('stageDeadline invariants', () => {
  const instant = fc.integer({ min: FROM, max: Date.UTC(2044, 11, 31) }).map((ms) => new Date(ms));

  test('falls at the end of a full working day, on the London date it names, after the start', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), nation, (start, days, place) => {
        const result = stageDeadline(start, days, place);
        const deadline = new Date(result.deadline);
        expect(deadline.getTime()).toBeGreaterThan(start.getTime());
        expect(londonDate(deadline)).toBe(result.deadlineDate);
        expect(isWorkingDay(result.deadlineDate, place)).toBe(true);
        // Clocks change at 01:00 on Sundays, never inside office hours: always 8 hours of due-soon.
        expect(deadline.getTime() - Date.parse(result.dueSoonAt)).toBe(8 * 3_600_000);
        expect(workingDaysBetween(londonDate(start), result.deadlineDate, place)).toBe(days);
      }),
    );
  });
});
