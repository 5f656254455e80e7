import { newChallengeEventSchema, type NewChallengeEvent } from '@/lib/challenge';
import type { FieldErrors } from './Field';
import type { buildOpened } from './new-challenge-draft';

// Its own module because it brings zod and the event schemas: the sidebar imports it on first submit
// (and prefetches it once idle), so they are not part of opening the sidebar (docs/PERFORMANCE.md).

/** Parses the built event and names each problem by its field path. */
export function validateOpened(
  opened: ReturnType<typeof buildOpened>,
): { ok: true; value: NewChallengeEvent } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const parsed = newChallengeEventSchema.safeParse(opened);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      errors[path] ??= issue.message;
    }
  }
  // The schema leaves skipReason optional; the protocols require it whenever stages are skipped.
  if (opened.startingStage > 1 && !opened.skipReason?.trim()) {
    errors.skipReason = 'must be given when starting after Stage 1';
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
