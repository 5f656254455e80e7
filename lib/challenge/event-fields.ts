import { z } from 'zod';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../calendar';

/**
 * Field schemas shared by the challenge events. Much of what lands in an event was read from a case page
 * (hostile text) or typed by a practitioner, so every string is bounded; nothing is ever interpreted as
 * markup.
 */
export const LIMITS = {
  /** Names, roles, agencies, ids. */
  label: 200,
  /** Page anchors, titles, URLs, short notes. */
  short: 2000,
  /** The quoted decision, as captured from the page. */
  quote: 5000,
  /** Reasons, discussions, outcomes: what a practitioner writes in a sentence or a few paragraphs. */
  narrative: 10000,
  /** A drafted email body kept in the history as the record of what was sent. */
  emailBody: 20000,
  caseReference: 64,
  /** Actions or attendees listed on one event. */
  listItems: 50,
} as const;

/** Trimmed, non-empty, bounded text typed by a person. */
export const typedText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Text kept exactly as found (quote anchors must match the page character for character). */
export const exactText = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/**
 * An instant within the years the working-day calendar covers, so that deriving deadlines from a stored
 * history can never fail on a date the calendar refuses.
 */
export const isoInstant = z.iso
  .datetime({ message: 'must be an ISO instant such as 2025-05-02T09:30:00Z' })
  .refine(
    (value) => {
      const year = new Date(value).getUTCFullYear();
      return year >= FIRST_SUPPORTED_YEAR && year < LAST_SUPPORTED_YEAR;
    },
    `must fall between ${FIRST_SUPPORTED_YEAR} and ${LAST_SUPPORTED_YEAR - 1}`,
  );
export const isoDate = z.iso.date({ message: 'must be a date such as 2025-05-02' });

const pageUrl = z
  .string()
  .max(LIMITS.short, `must be at most ${LIMITS.short} characters`)
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) address');

export { nationSchema, workingHoursSchema } from '../calendar';

/** Someone in the challenge: the decision-maker, the practitioner, a person contacted. */
export const personSchema = z.object({
  name: typedText(LIMITS.label),
  role: typedText(LIMITS.label).optional(),
  agency: typedText(LIMITS.label).optional(),
});

export const decisionMakerSchema = personSchema.extend({
  // The practitioner may not know the decision-maker's job title (a panel, a duty desk): the agency is
  // what Stage 2 onwards needs, so it is required; the role is not.
  agency: typedText(LIMITS.label),
});

export const practitionerSchema = z.object({
  name: typedText(LIMITS.label),
  role: typedText(LIMITS.label),
  agency: typedText(LIMITS.label),
  email: z.email('must be an email address').max(254).optional(),
});

/**
 * The decision challenged. Captured from the page it carries the anchors the capture code wrote (prefix,
 * suffix, position, page title and URL); started by hand from the dashboard it is only the typed quote.
 */
export const decisionSchema = z.object({
  quote: exactText(LIMITS.quote).refine((quote) => /\S/.test(quote), 'must not be empty'),
  prefix: exactText(LIMITS.short).optional(),
  suffix: exactText(LIMITS.short).optional(),
  position: z
    .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine((position) => position.end >= position.start, {
      message: 'must not end before it starts',
      path: ['end'],
    })
    .optional(),
  pageTitle: exactText(LIMITS.short).optional(),
  url: pageUrl.optional(),
});

/** One agreed action: Darlington Stage 1 asks to "agree a plan of action to be implemented". */
export const actionSchema = z.object({
  action: typedText(LIMITS.short),
  owner: typedText(LIMITS.label).optional(),
  dueBy: isoDate.optional(),
});

export const actionListSchema = z
  .array(actionSchema)
  .max(LIMITS.listItems, `must list at most ${LIMITS.listItems} actions`);

export const stageNumber = z.number().int('must be a whole number').min(1, 'must be 1 or more').max(20);
