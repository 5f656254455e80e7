import type { ChallengeSummary } from '@/lib/challenge';
import type { Result } from '@/lib/messaging/result';
import { sendMessage } from '@/lib/messaging/send';
import { byDeadline } from '@/components/dashboard/summary-deadline';

/** How many open challenges the popup lists; the dashboard has the rest. */
export const POPUP_LIMIT = 50;
/**
 * The store's deadline index holds only open challenges with a deadline, in deadline order, and the
 * `overdueAt` filter reads it up to an instant. Asking for "overdue before the end of the calendar"
 * therefore yields the soonest deadlines first in one bounded read, however many challenges there are.
 */
const END_OF_TIME = '9999-12-31T23:59:59Z';

export interface OpenChallenges {
  items: ChallengeSummary[];
  /** True when more open challenges exist than the popup shows. */
  more: boolean;
  now: string;
}

/** The open challenges with the soonest deadlines, then (if room is left) those without a deadline. */
export async function loadOpenChallenges(): Promise<Result<OpenChallenges>> {
  const withDeadline = await sendMessage('challenge/list', { overdueAt: END_OF_TIME, limit: POPUP_LIMIT });
  if (!withDeadline.ok) return withDeadline;
  const items = [...withDeadline.value.items];
  let more = withDeadline.value.next !== null;
  if (items.length < POPUP_LIMIT) {
    const open = await sendMessage('challenge/list', { status: 'open', limit: POPUP_LIMIT });
    if (!open.ok) return open;
    const undated = open.value.items.filter((item) => item.deadline === null);
    items.push(...undated.slice(0, POPUP_LIMIT - items.length));
    more = more || open.value.next !== null || undated.length > POPUP_LIMIT - withDeadline.value.items.length;
  }
  return { ok: true, value: { items: byDeadline(items), more, now: withDeadline.value.now } };
}
