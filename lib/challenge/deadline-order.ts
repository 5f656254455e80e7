import type { ChallengeSummary } from './summary';

/**
 * Soonest deadline first; challenges without one last, most recently changed first among those. Apart
 * from the calendar so the background and the lists can sort without loading it.
 */
export function byDeadline<S extends Pick<ChallengeSummary, 'deadline' | 'lastChangeAt'>>(
  items: readonly S[],
): S[] {
  const key = (item: S) => (item.deadline === null ? Number.POSITIVE_INFINITY : Date.parse(item.deadline));
  return [...items].sort(
    (a, b) => key(a) - key(b) || Date.parse(b.lastChangeAt) - Date.parse(a.lastChangeAt),
  );
}
