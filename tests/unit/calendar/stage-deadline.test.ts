import { describe, expect, test } from 'vitest';
import {
  DEFAULT_WORKING_HOURS,
  deadlineStatus,
  londonDate,
  londonInstant,
  stageDeadline,
  workingHoursSchema,
  type Nation,
  type StageDeadline,
} from '../../../lib/calendar';

const EW: Nation = 'england-and-wales';

describe('London wall-clock time', () => {
  test.each([
    ['2025-03-30T00:59:59Z', '2025-03-30'], // last second of GMT
    ['2025-06-30T23:30:00Z', '2025-07-01'], // 00:30 BST is already the next day
    ['2025-01-06T23:30:00Z', '2025-01-06'], // 23:30 GMT is the same day
    ['2025-10-26T00:30:00Z', '2025-10-26'], // 01:30 BST, before the clocks go back
    ['2025-12-31T23:59:59Z', '2025-12-31'],
  ])('londonDate(%s) is %s', (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });

  test.each([
    ['2025-03-29', '09:00', '2025-03-29T09:00:00.000Z'], // GMT
    ['2025-03-30', '09:00', '2025-03-30T08:00:00.000Z'], // BST from 01:00 UTC that morning
    ['2025-10-25', '17:00', '2025-10-25T16:00:00.000Z'], // BST
    ['2025-10-26', '09:00', '2025-10-26T09:00:00.000Z'], // GMT again from 01:00 UTC
    ['2024-07-01', '00:00', '2024-06-30T23:00:00.000Z'],
    ['2025-03-30', '01:30', '2025-03-30T01:30:00.000Z'], // does not exist in London: 02:30 BST
    ['2025-10-26', '01:30', '2025-10-26T01:30:00.000Z'], // happens twice: the later, GMT, one
  ])('londonInstant(%s, %s) is %s', (date, time, expected) => {
    expect(londonInstant(date, time).toISOString()).toBe(expected);
  });

  test.each([
    () => londonDate(new Date('not a date')),
    () => londonInstant('2025-02-29', '09:00'),
    () => londonInstant('2025-03-01', '9:00'),
    () => londonInstant('2025-03-01', '24:00'),
  ])('rejects invalid input with a RangeError (%#)', (call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('workingHoursSchema', () => {
  test('accepts the default and other HH:mm pairs', () => {
    expect(workingHoursSchema.parse(DEFAULT_WORKING_HOURS)).toEqual({ start: '09:00', end: '17:00' });
    expect(workingHoursSchema.safeParse({ start: '07:30', end: '19:45' }).success).toBe(true);
  });

  test.each([
    [{ start: '17:00', end: '09:00' }, 'end: end must be later than start'],
    [{ start: '09:00', end: '09:00' }, 'end: end must be later than start'],
    [{ start: '9:00', end: '17:00' }, "start: expected a 24-hour time 'HH:mm'"],
    [{ start: '09:00', end: '25:00' }, "end: expected a 24-hour time 'HH:mm'"],
  ])('rejects %j: %s', (hours, message) => {
    const result = workingHoursSchema.safeParse(hours);
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues.some((issue) => issue.startsWith(message))).toBe(true);
  });
});

describe('stageDeadline', () => {
  test.each<[string, string, number, Nation, string, string, string]>([
    // name, start, working days, nation, deadlineDate, deadline, dueSoonAt
    [
      'across the March clock change (GMT start, BST deadline)',
      '2025-03-28T10:00:00Z',
      1,
      EW,
      '2025-03-31',
      '2025-03-31T16:00:00.000Z',
      '2025-03-31T08:00:00.000Z',
    ],
    [
      'before the March change',
      '2025-03-27T12:00:00Z',
      1,
      EW,
      '2025-03-28',
      '2025-03-28T17:00:00.000Z',
      '2025-03-28T09:00:00.000Z',
    ],
    [
      'across the October clock change (BST start, GMT deadline)',
      '2025-10-24T09:30:00Z',
      1,
      EW,
      '2025-10-27',
      '2025-10-27T17:00:00.000Z',
      '2025-10-27T09:00:00.000Z',
    ],
    [
      'three working days over the October change',
      '2025-10-22T14:00:00Z',
      3,
      EW,
      '2025-10-27',
      '2025-10-27T17:00:00.000Z',
      '2025-10-27T09:00:00.000Z',
    ],
    [
      'started on a Saturday',
      '2025-06-14T10:00:00Z',
      1,
      EW,
      '2025-06-16',
      '2025-06-16T16:00:00.000Z',
      '2025-06-16T08:00:00.000Z',
    ],
    [
      'started on Friday after hours',
      '2025-06-13T18:30:00Z',
      1,
      EW,
      '2025-06-16',
      '2025-06-16T16:00:00.000Z',
      '2025-06-16T08:00:00.000Z',
    ],
    [
      'started before midnight UTC but after midnight in London',
      '2025-06-30T23:30:00Z',
      1,
      EW,
      '2025-07-02',
      '2025-07-02T16:00:00.000Z',
      '2025-07-02T08:00:00.000Z',
    ],
    [
      'Stage 2 over Christmas',
      '2024-12-23T10:00:00Z',
      3,
      EW,
      '2024-12-30',
      '2024-12-30T17:00:00.000Z',
      '2024-12-30T09:00:00.000Z',
    ],
    [
      'Scotland over New Year',
      '2025-12-31T10:00:00Z',
      1,
      'scotland',
      '2026-01-05',
      '2026-01-05T17:00:00.000Z',
      '2026-01-05T09:00:00.000Z',
    ],
    [
      'zero working days: end of the start day',
      '2025-06-16T10:00:00Z',
      0,
      EW,
      '2025-06-16',
      '2025-06-16T16:00:00.000Z',
      '2025-06-16T08:00:00.000Z',
    ],
  ])('%s', (_name, start, days, nation, deadlineDate, deadline, dueSoonAt) => {
    expect(stageDeadline(new Date(start), days, nation)).toEqual({ deadline, dueSoonAt, deadlineDate });
  });

  test('uses configured working hours', () => {
    const hours = { start: '08:30', end: '16:30' };
    expect(stageDeadline(new Date('2025-01-06T10:00:00Z'), 1, EW, hours)).toEqual({
      deadline: '2025-01-07T16:30:00.000Z',
      dueSoonAt: '2025-01-07T08:30:00.000Z',
      deadlineDate: '2025-01-07',
    });
  });

  test.each<[string, () => unknown, RegExp]>([
    ['negative days', () => stageDeadline(new Date(), -1, EW), /workingDays: expected a whole number/],
    ['fractional days', () => stageDeadline(new Date(), 1.5, EW), /workingDays/],
    ['an invalid start', () => stageDeadline(new Date('x'), 1, EW), /start: expected a valid Date/],
    [
      'hours end before start',
      () => stageDeadline(new Date(), 1, EW, { start: '17:00', end: '09:00' }),
      /hours.end: end must be later than start/,
    ],
  ])('rejects %s with a RangeError', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('deadlineStatus', () => {
  // Started Friday 28 March 2025, one working day: due Monday 31 March 17:00 BST.
  const deadline: StageDeadline = stageDeadline(new Date('2025-03-28T10:00:00Z'), 1, EW);

  test.each([
    ['the day it started', '2025-03-28T12:00:00Z', 'on-track', 1],
    ['over the weekend', '2025-03-29T12:00:00Z', 'on-track', 1],
    ['on the day, before office hours (08:59 BST)', '2025-03-31T07:59:00Z', 'on-track', 0],
    ['at the start of office hours on the day', '2025-03-31T08:00:00Z', 'due-soon', 0],
    ['a minute before the deadline', '2025-03-31T15:59:00Z', 'due-soon', 0],
    ['at the deadline', '2025-03-31T16:00:00Z', 'overdue', 0],
    ['two working days later', '2025-04-02T10:00:00Z', 'overdue', -2],
  ])('%s: %s', (_name, now, state, workingDaysLeft) => {
    expect(deadlineStatus(deadline, new Date(now), EW)).toEqual({ state, workingDaysLeft });
  });

  test('rejects a malformed deadline naming the field', () => {
    expect(() => deadlineStatus({ ...deadline, deadline: 'soon' }, new Date(), EW)).toThrow(
      /deadline.deadline/,
    );
  });
});
