import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  bankHolidays,
  builtInFeed,
  govUkFeedSchema,
  NATIONS,
  publishedYears,
  statutoryBankHolidays,
  type Nation,
} from '../../../lib/calendar';

const dataFile = new URL('../../../lib/calendar/data/gov-uk-bank-holidays.json', import.meta.url);
const PUBLISHED = { first: 2018, last: 2027 };

function years(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

describe('the shipped GOV.UK data', () => {
  test('is a GOV.UK bank-holidays.json, division names and all', () => {
    const raw: unknown = JSON.parse(readFileSync(dataFile, 'utf8'));
    const feed = govUkFeedSchema.parse(raw);
    for (const nation of NATIONS) expect(feed[nation].division).toBe(nation);
    expect(feed['england-and-wales'].events[0]).toEqual({
      title: 'New Year\u2019s Day',
      date: '2018-01-01',
      notes: '',
      bunting: true,
    });
  });

  test.each(NATIONS)('covers every year from 2018 to the latest published for %s', (nation) => {
    expect(publishedYears(nation)).toEqual(years(PUBLISHED.first, PUBLISHED.last));
  });

  test.each(NATIONS)('%s: every holiday falls on a weekday, once, in date order', (nation) => {
    const dates = builtInFeed[nation].events.map((event) => event.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) expect([0, 6]).not.toContain(new Date(`${date}T12:00:00Z`).getUTCDay());
  });

  // GOV.UK marks moved fixed-date holidays: each must have been displaced by a weekend or another holiday.
  const NOMINAL: [RegExp, string][] = [
    [/^New Year/, '01-01'],
    [/^2nd January/, '01-02'],
    [/^St Patrick/, '03-17'],
    [/^Battle of the Boyne/, '07-12'],
    [/^St Andrew/, '11-30'],
    [/^Christmas/, '12-25'],
    [/^Boxing/, '12-26'],
  ];
  test.each(NATIONS)('%s: every "Substitute day" was displaced from its nominal date', (nation) => {
    const events = builtInFeed[nation].events;
    const substitutes = events.filter((e) => e.notes === 'Substitute day');
    expect(substitutes.length).toBeGreaterThan(5);
    for (const event of substitutes) {
      const monthDay = NOMINAL.find(([pattern]) => pattern.test(event.title))?.[1];
      expect(monthDay, event.title).toBeDefined();
      const nominal = `${event.date.slice(0, 4)}-${monthDay}`;
      const weekday = new Date(`${nominal}T12:00:00Z`).getUTCDay();
      const occupied = events.some((other) => other.date === nominal);
      expect(weekday === 0 || weekday === 6 || occupied, `${event.title} ${event.date}`).toBe(true);
      expect(event.date > nominal).toBe(true);
    }
  });
});

describe('one-off holidays are in the data', () => {
  test.each<[Nation, string, string]>([
    ['england-and-wales', '2020-05-08', 'Early May bank holiday (VE day)'],
    ['scotland', '2020-05-08', 'Early May bank holiday (VE day)'],
    ['northern-ireland', '2020-05-08', 'Early May bank holiday (VE day)'],
    ['england-and-wales', '2022-06-02', 'Spring bank holiday'],
    ['england-and-wales', '2022-06-03', 'Platinum Jubilee bank holiday'],
    ['scotland', '2022-06-03', 'Platinum Jubilee bank holiday'],
    ['northern-ireland', '2022-06-03', 'Platinum Jubilee bank holiday'],
    ['england-and-wales', '2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['scotland', '2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['northern-ireland', '2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['england-and-wales', '2023-05-08', 'Bank holiday for the coronation of King Charles III'],
    ['scotland', '2023-05-08', 'Bank holiday for the coronation of King Charles III'],
    ['northern-ireland', '2023-05-08', 'Bank holiday for the coronation of King Charles III'],
  ])('%s %s is "%s"', (nation, date, title) => {
    expect(bankHolidays(nation, Number(date.slice(0, 4)))).toContainEqual({ date, title });
  });

  test.each<[Nation, string]>([
    ['england-and-wales', '2020-05-04'],
    ['scotland', '2020-05-04'],
    ['england-and-wales', '2022-05-30'],
    ['northern-ireland', '2022-05-30'],
  ])('%s: the day a one-off replaced (%s) is not a holiday', (nation, date) => {
    expect(bankHolidays(nation, Number(date.slice(0, 4))).map((h) => h.date)).not.toContain(date);
  });
});

describe('the statutory rules reproduce every published year', () => {
  // Differences GOV.UK published as one-offs: [nation, year, only in the data, only by the rules].
  const ONE_OFFS: Record<number, { added: string[]; replaced: string[] }> = {
    2020: { added: ['2020-05-08'], replaced: ['2020-05-04'] },
    2022: { added: ['2022-06-02', '2022-06-03', '2022-09-19'], replaced: ['2022-05-30'] },
    2023: { added: ['2023-05-08'], replaced: [] },
  };

  const cases = NATIONS.flatMap((nation) =>
    years(PUBLISHED.first, PUBLISHED.last).map((year) => [nation, year] as const),
  );

  test.each(cases)('%s %i', (nation, year) => {
    const published = bankHolidays(nation, year);
    const byRule = statutoryBankHolidays(nation, year);
    const oneOff = ONE_OFFS[year];
    if (!oneOff) {
      // Same dates and the same titles, substitute days included.
      expect(byRule).toEqual(published);
      return;
    }
    const publishedDates = published.map((h) => h.date);
    const ruleDates = byRule.map((h) => h.date);
    expect(publishedDates.filter((d) => !ruleDates.includes(d))).toEqual(oneOff.added);
    expect(ruleDates.filter((d) => !publishedDates.includes(d))).toEqual(oneOff.replaced);
  });
});
