import type { ChallengeSummary } from '@/lib/challenge';
import { byDeadline } from '@/lib/challenge/deadline-order';
import { listedChallenge, type ListingContext } from '@/lib/challenge/listed-challenge';
import { ok, type Result } from '@/lib/messaging/result';
import type { ListChallengesQuery } from '@/lib/store';

/**
 * The store's deadline index holds only open challenges with a deadline, in deadline order, and the
 * `overdueAt` filter reads it up to an instant. Asking for "overdue before the end of the calendar"
 * therefore yields the soonest deadlines first in one bounded read, however many challenges there are.
 */
const END_OF_TIME = '9999-12-31T23:59:59Z';

type ListPage = Result<{ items: ChallengeSummary[]; next: string | null }>;

/**
 * The `limit` open challenges with the soonest deadlines, then (if room is left) those without a
 * deadline, sorted byDeadline, each with its stage title and standing at `context.now` (for the toolbar
 * popup, which then needs no calendar or protocol code). `more` is true when open challenges were left out.
 */
export async function openSoonest(
  list: (query: ListChallengesQuery) => Promise<ListPage>,
  limit: number,
  listing: () => Promise<ListingContext>,
) {
  const withDeadline = await list({ overdueAt: END_OF_TIME, limit });
  if (!withDeadline.ok) return withDeadline;
  const items = [...withDeadline.value.items];
  let more = withDeadline.value.next !== null;
  if (items.length < limit) {
    // Open challenges come most recently changed first; the undated ones among them fill the room left.
    const open = await list({ status: 'open', limit });
    if (!open.ok) return open;
    const undated = open.value.items.filter((item) => item.deadline === null);
    items.push(...undated.slice(0, limit - items.length));
    more = more || open.value.next !== null || undated.length > limit - withDeadline.value.items.length;
  }
  const context = await listing();
  return ok({
    items: byDeadline(items).map((item) => listedChallenge(item, context)),
    more,
    now: context.now.toISOString(),
  });
}
