/**
 * GOV.UK's bank-holidays.json format, as published at www.gov.uk/bank-holidays.json:
 * { "england-and-wales": { "division": "england-and-wales", "events": [{ title, date, notes, bunting }] }, … }
 */
import { z } from 'zod';
import { isCalendarDate } from './calendar-date';
import { NATIONS, type Nation } from './nations';

export const govUkEventSchema = z.object({
  title: z.string().trim().min(1, 'title is empty'),
  date: z.string().refine(isCalendarDate, { message: "not a real 'YYYY-MM-DD' date" }),
  notes: z.string().default(''),
  bunting: z.boolean().default(true),
});

function divisionSchema(nation: Nation) {
  return z.object({
    division: z.literal(nation, { error: () => `expected division '${nation}'` }),
    events: z.array(govUkEventSchema),
  });
}

export const govUkFeedSchema = z.object({
  'england-and-wales': divisionSchema('england-and-wales'),
  scotland: divisionSchema('scotland'),
  'northern-ireland': divisionSchema('northern-ireland'),
});

export type GovUkEvent = z.output<typeof govUkEventSchema>;
export type GovUkFeed = z.output<typeof govUkFeedSchema>;

/** Parse a GOV.UK feed; errors name the field ('scotland.events.3.date') and the problem. */
export function parseGovUkFeed(
  json: unknown,
): { ok: true; feed: GovUkFeed } | { ok: false; errors: string[] } {
  const result = govUkFeedSchema.safeParse(json);
  if (result.success) return { ok: true, feed: result.data };
  const errors = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  return { ok: false, errors };
}

/** Years with at least one event, per nation. */
export function feedYears(feed: GovUkFeed): Record<Nation, number[]> {
  const years = {} as Record<Nation, number[]>;
  for (const nation of NATIONS) {
    const found = new Set(feed[nation].events.map((event) => Number(event.date.slice(0, 4))));
    years[nation] = [...found].sort((a, b) => a - b);
  }
  return years;
}
