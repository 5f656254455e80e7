import { z } from 'zod';
import { EMAIL_KINDS, LIMITS, type ChallengeEvent, type ChallengeState } from '../challenge';
import type { Protocol } from '../protocols';
import type { Settings } from '../settings/settings-schema';

export type EmailKind = (typeof EMAIL_KINDS)[number];
export { EMAIL_KINDS };

/** What a draft is made from. `now` dates it ("today") and is passed in, never read from the clock. */
export interface DraftContext {
  protocol: Protocol;
  events: readonly ChallengeEvent[];
  state: ChallengeState;
  settings: Pick<Settings, 'practitioner' | 'subjectPrefix' | 'useInitials'>;
  now: Date;
}

/** The most recipients one draft carries: a stage involves a handful of people, never a mailing list. */
export const MAX_RECIPIENTS = 50;
/**
 * The longest body the ways out accept. A generated draft can pass the history's `LIMITS.emailBody` (a 5,000
 * character quote, a long reason and a long history), and it must still open; the bound only stops abuse.
 * Keeping the sent text in an `email-drafted` event is limited to `LIMITS.emailBody` by the event schema.
 */
export const MAX_DRAFT_BODY = 100_000;

/**
 * An email ready for the practitioner to edit and send. The ways out (mail links, .eml, clipboard) parse
 * it with this schema, because by then the practitioner has edited it in the UI: it is a boundary input.
 */
export const emailDraftSchema = z.object({
  kind: z.enum(EMAIL_KINDS).optional(),
  to: z
    .array(z.email('must be an email address such as name@agency.gov.uk').max(254))
    .max(MAX_RECIPIENTS, `must list at most ${MAX_RECIPIENTS} recipients`),
  subject: z.string().max(LIMITS.short, `must be at most ${LIMITS.short} characters`),
  body: z.string().max(MAX_DRAFT_BODY, `must be at most ${MAX_DRAFT_BODY} characters`),
});
export type EmailDraft = z.infer<typeof emailDraftSchema>;

/** Names the first problems by field, e.g. "to.0: must be an email address such as name@agency.gov.uk". */
export function describeDraftIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'draft'}: ${issue.message}`)
    .join('; ');
}

/** Parses a draft or throws a RangeError naming the field and the problem. */
export function parseEmailDraft(input: unknown): EmailDraft {
  const result = emailDraftSchema.safeParse(input);
  if (!result.success) throw new RangeError(describeDraftIssues(result.error));
  return result.data;
}
