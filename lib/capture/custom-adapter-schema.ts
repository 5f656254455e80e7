/**
 * Validation of user-defined case sites (settings, an imported file, or managed policy) before they are
 * stored. Options page and background only: this imports zod, which must stay out of the content
 * script's bundle (it receives already-validated settings and re-checks them cheaply in adapters/custom.ts).
 */
import { z } from 'zod';
import type { CustomAdapter } from './adapters/types';
import { compileUrlPattern } from './url-pattern';

const MAX_SELECTOR_LENGTH = 500;
/** Short, so that a pattern cannot grow into a catastrophic-backtracking monster unnoticed. */
const MAX_PATTERN_LENGTH = 200;

function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a DOM is at hand (options page), a selector is tried on an empty fragment; the background's
 * service worker has none, and there the content script's own guard (an invalid selector finds
 * nothing) is what protects the page.
 */
function isValidSelector(selector: string): boolean {
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const selector = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_SELECTOR_LENGTH, `must be at most ${MAX_SELECTOR_LENGTH} characters`)
  .refine(isValidSelector, 'is not a valid CSS selector');

export const customAdapterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1–64 lower-case letters, digits or hyphens'),
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
    urlPattern: z
      .string()
      .trim()
      .refine((pattern) => compileUrlPattern(pattern) !== null, {
        message:
          'must be an address pattern such as https://case.example.gov.uk/* or *://*.example.gov.uk/cases/*',
      }),
    caseReferenceSelector: selector.optional(),
    caseReferencePattern: z
      .string()
      .min(1, 'must not be empty')
      .max(MAX_PATTERN_LENGTH, `must be at most ${MAX_PATTERN_LENGTH} characters`)
      .refine(isValidRegExp, 'is not a valid regular expression')
      .optional(),
    decisionSelector: selector.optional(),
    decisionMakerSelector: selector.optional(),
    subjectSelector: selector.optional(),
  })
  .refine(
    (adapter) => adapter.caseReferenceSelector !== undefined || adapter.caseReferencePattern !== undefined,
    {
      message: 'needs a case reference selector, a case reference pattern, or both',
      path: ['caseReferenceSelector'],
    },
  ) satisfies z.ZodType<CustomAdapter>;

export const customAdaptersSchema = z
  .array(customAdapterSchema)
  .max(50, 'at most 50 case sites')
  .refine((adapters) => new Set(adapters.map((adapter) => adapter.id)).size === adapters.length, {
    message: 'two case sites have the same id',
  });

export type ParsedCustomAdapters = { ok: true; adapters: CustomAdapter[] } | { ok: false; errors: string[] };

/** Parses settings; every error names the field ("1.urlPattern: must be …") and the problem. */
export function parseCustomAdapters(input: unknown): ParsedCustomAdapters {
  const result = customAdaptersSchema.safeParse(input);
  if (result.success) return { ok: true, adapters: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    ),
  };
}
