import { partnershipMustBeTold, stageAlert, type AlertSummary } from './alert-state';

/** What the toolbar button shows: no case details, only counts and what they mean. */
export interface BadgeView {
  text: string;
  /** CSS hex colour of the badge background. */
  color: string;
  title: string;
}

export const PRODUCT_NAME = 'Challenge Companion';
export const OVERDUE_COLOR = '#C62828';
export const DUE_SOON_COLOR = '#F9A825';
/** Shown only when nothing is counted, so the badge text is empty anyway. */
export const QUIET_COLOR = '#5F6368';

const stages = (count: number): string =>
  count === 1 ? '1 challenge stage is' : `${count} challenge stages are`;

/** What the badge counts: open stages overdue, open stages due soon, challenges with an untold partnership. */
export interface BadgeCounts {
  overdue: number;
  dueSoon: number;
  untold: number;
}

/** The counts by reading every summary: the definition the store's index counts must agree with. */
export function alertCountsOf(summaries: readonly AlertSummary[], now: Date): BadgeCounts {
  const counts: BadgeCounts = { overdue: 0, dueSoon: 0, untold: 0 };
  for (const summary of summaries) {
    const alert = stageAlert(summary, now);
    if (alert === 'overdue') counts.overdue += 1;
    else if (alert === 'due-soon') counts.dueSoon += 1;
    if (partnershipMustBeTold(summary)) counts.untold += 1;
  }
  return counts;
}

/** The badge for `summaries` at `now` (alertCountsOf, then badgeForCounts). */
export function badgeFor(summaries: readonly AlertSummary[], now: Date): BadgeView {
  return badgeForCounts(alertCountsOf(summaries, now));
}

/**
 * Red with the overdue count when any stage is overdue; otherwise amber with the count due today or
 * due soon; otherwise nothing. The tooltip spells out what the number means, and adds that the
 * partnership must be told when a challenge has reached the reporting threshold untold.
 */
export function badgeForCounts({ overdue, dueSoon, untold }: BadgeCounts): BadgeView {
  const lines: string[] = [];
  if (overdue > 0) lines.push(`${stages(overdue)} overdue`);
  if (dueSoon > 0) lines.push(`${stages(dueSoon)} due today or soon`);
  if (untold > 0) {
    lines.push(
      untold === 1
        ? 'A challenge has reached the reporting threshold: the partnership must be told'
        : `${untold} challenges have reached the reporting threshold: the partnership must be told`,
    );
  }

  if (overdue > 0) return { text: String(overdue), color: OVERDUE_COLOR, title: lines.join('\n') };
  if (dueSoon > 0) return { text: String(dueSoon), color: DUE_SOON_COLOR, title: lines.join('\n') };
  return {
    text: '',
    color: QUIET_COLOR,
    title: lines.length > 0 ? `${PRODUCT_NAME}: ${lines.join('\n')}` : `${PRODUCT_NAME}: nothing due`,
  };
}
