import { describe, expect, test } from 'vitest';
import {
  addWorkingDays,
  bankHolidayCalendarSchema,
  bankHolidays,
  builtInCalendar,
  builtInFeed,
  calendarFromFeeds,
  importBankHolidayFeed,
  isWorkingDay,
  NATIONS,
  publishedYears,
  type GovUkFeed,
  type Nation,
} from '../../../lib/calendar';

type Events = GovUkFeed[Nation]['events'];

function event(date: string, title: string, notes = ''): Events[number] {
  return { date, title, notes, bunting: true };
}

/**
 * A test fixture in GOV.UK's format, not published data: 2028 for each nation as the rules give it, plus an
 * invented one-off on Monday 5 June 2028 so the test can tell imported data from the rules.
 */
function feed2028(): GovUkFeed {
  const feed = {} as Record<Nation, { division: Nation; events: Events }>;
  for (const nation of NATIONS) {
    const events = bankHolidays(nation, 2028).map((h) => event(h.date, h.title));
    events.push(event('2028-06-05', 'Test fixture one-off'));
    events.sort((a, b) => (a.date < b.date ? -1 : 1));
    feed[nation] = { division: nation, events };
  }
  return feed as GovUkFeed;
}

describe('importBankHolidayFeed', () => {
  test('extends the built-in data with a newer year', () => {
    expect(isWorkingDay('2028-06-05', 'england-and-wales')).toBe(true);
    const result = importBankHolidayFeed(feed2028());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.addedYears).toEqual({
      'england-and-wales': [2028],
      scotland: [2028],
      'northern-ireland': [2028],
    });
    expect(isWorkingDay('2028-06-05', 'england-and-wales', result.calendar)).toBe(false);
    expect(addWorkingDays('2028-06-02', 1, 'scotland', result.calendar)).toBe('2028-06-06');
    expect(publishedYears('northern-ireland', result.calendar).at(-1)).toBe(2028);
    // The published years it did not carry are kept, one-offs and all.
    expect(isWorkingDay('2022-09-19', 'scotland', result.calendar)).toBe(false);
    // The built-in calendar is untouched.
    expect(isWorkingDay('2028-06-05', 'england-and-wales')).toBe(true);
  });

  test('a year the feed carries replaces that year; re-importing the built-in data adds nothing', () => {
    const again = importBankHolidayFeed(JSON.parse(JSON.stringify(builtInFeed)));
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.addedYears).toEqual({ 'england-and-wales': [], scotland: [], 'northern-ireland': [] });
    expect(again.calendar).toEqual(builtInCalendar);

    const moved = structuredClone(builtInFeed) as GovUkFeed;
    moved['england-and-wales'].events.push(event('2027-06-07', 'Test fixture one-off'));
    const result = importBankHolidayFeed(moved);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.addedYears['england-and-wales']).toEqual([]);
    expect(isWorkingDay('2027-06-07', 'england-and-wales', result.calendar)).toBe(false);
  });

  test('ignores years before the supported range, as old GOV.UK copies carry 2012 onwards', () => {
    const old = feed2028();
    old['england-and-wales'].events.unshift(event('2012-06-05', 'Queen\u2019s Diamond Jubilee'));
    const result = importBankHolidayFeed(old);
    expect(result.ok && result.addedYears['england-and-wales']).toEqual([2028]);
  });

  test.each<[string, unknown, string]>([
    ['not an object', 'holidays', 'expected object'],
    ['a missing nation', { 'england-and-wales': feed2028()['england-and-wales'] }, 'scotland:'],
    [
      'an impossible date',
      { ...feed2028(), scotland: { division: 'scotland', events: [event('2028-02-30', 'Nope')] } },
      "scotland.events.0.date: not a real 'YYYY-MM-DD' date",
    ],
    [
      'the wrong division',
      { ...feed2028(), scotland: { ...feed2028().scotland, division: 'england-and-wales' } },
      "scotland.division: expected division 'scotland'",
    ],
    [
      'an empty title',
      {
        ...feed2028(),
        'northern-ireland': { division: 'northern-ireland', events: [event('2028-03-17', ' ')] },
      },
      'northern-ireland.events.0.title: title is empty',
    ],
    [
      'a truncated year',
      { ...feed2028(), scotland: { division: 'scotland', events: feed2028().scotland.events.slice(0, 3) } },
      'scotland.events: 2028 lists 3 bank holidays but a complete year has at least 9',
    ],
  ])('rejects %s, naming the field', (_name, json, message) => {
    const result = importBankHolidayFeed(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });
});

describe('the calendar is plain data', () => {
  test('rebuilt from its feeds, it equals the built-in calendar', () => {
    expect(calendarFromFeeds([builtInFeed])).toEqual(builtInCalendar);
  });

  test('a stored calendar round-trips through JSON and validates', () => {
    const imported = importBankHolidayFeed(feed2028());
    if (!imported.ok) throw new Error(imported.errors.join('\n'));
    const restored = bankHolidayCalendarSchema.parse(JSON.parse(JSON.stringify(imported.calendar)));
    expect(restored).toEqual(imported.calendar);
    expect(addWorkingDays('2028-06-02', 1, 'england-and-wales', restored)).toBe('2028-06-06');
  });

  test('a stored imported feed rebuilds the same calendar on top of the built-in one', () => {
    const stored = JSON.stringify(feed2028());
    const first = importBankHolidayFeed(JSON.parse(stored));
    const second = importBankHolidayFeed(JSON.parse(stored));
    expect(first.ok && second.ok && first.calendar).toEqual(second.ok && second.calendar);
  });

  test('the built-in calendar cannot be modified', () => {
    expect(Object.isFrozen(builtInCalendar.published['england-and-wales'])).toBe(true);
  });
});
