import { z } from 'zod';

/**
 * Building blocks shared by the protocol schemas. Limits are generous for a real protocol and exist
 * so that a hand-edited or hostile import file cannot make the product draw megabytes of text or loop
 * over thousands of stages.
 */

export const MAX_TEXT_LENGTH = 4000;
export const MAX_LIST_LENGTH = 60;

/** Lower-case words joined by single hyphens, e.g. `darlington-dsp-2024`. */
export const slugSchema = z
  .string()
  .max(64, { error: 'must be at most 64 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters and digits joined by single hyphens, e.g. "my-partnership-2025"',
  });

/** Text a person reads: surrounding spaces are trimmed, and it must not end up empty. */
export const textSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(MAX_TEXT_LENGTH, { error: `must be at most ${MAX_TEXT_LENGTH} characters` });

/** A list of readable lines; empty is allowed where the source has nothing to say. */
export const textListSchema = z
  .array(textSchema)
  .max(MAX_LIST_LENGTH, { error: `must have at most ${MAX_LIST_LENGTH} items` });

/**
 * An ISO 8601 calendar date, at the precision the source gives: `2019-01-16`, `2024-10` or `2025`.
 * Protocols are often dated by month only ("October 2024"); inventing a day would misquote them.
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY',
  })
  .refine(isRealCalendarDate, {
    error: (issue) => `must be a real calendar date (got ${JSON.stringify(issue.input)})`,
  });

function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined || day === undefined || year === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Only web links: the URL is shown as a link, so `javascript:` and friends must never get through. */
export const webUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be a full web address starting with https:// or http://',
});

export const emailSchema = z.email({ error: 'must be an email address, e.g. "team@example.gov.uk"' });

/** Where an item of guidance comes from, so every line the product shows can be traced back. */
export const sourceRefSchema = z.strictObject({
  /** The source's file name (or document title). */
  file: textSchema,
  /** The section heading or number within it. */
  section: textSchema,
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * A check for a list: every item whose key was already used earlier in the list is reported at that
 * item, naming the first use so the author can find both. Attached to the list itself, so it runs even
 * when other fields of the file have problems.
 */
export function uniqueBy<T>(
  listName: string,
  keyOf: (item: T) => string,
  { keyPath = ['id'], what = 'id' }: { keyPath?: PropertyKey[]; what?: string } = {},
): (ctx: z.core.ParsePayload<T[]>) => void {
  return (ctx) => {
    const firstIndexOf = new Map<string, number>();
    ctx.value.forEach((item, index) => {
      const key = keyOf(item);
      const first = firstIndexOf.get(key);
      if (first === undefined) {
        firstIndexOf.set(key, index);
        return;
      }
      ctx.issues.push({
        code: 'custom',
        path: [index, ...keyPath],
        message: `duplicate ${what} "${key}" (already used by ${listName}[${first}])`,
        input: key,
        continue: true,
      });
    });
  };
}
