import type { ChallengeSummary } from '@/lib/challenge';
import type { MonitoringChallenge, Period } from '@/lib/reports';
import { londonDay } from '@/lib/drafts';
import { sendMessage } from '@/lib/messaging/send';

const PAGE_SIZE = 500;

/** Every summary the store lists for the query, page by page (`next` until null). */
async function listAll(status?: 'open'): Promise<ChallengeSummary[] | string> {
  const all: ChallengeSummary[] = [];
  let after: string | undefined;
  do {
    const reply = await sendMessage('challenge/list', {
      limit: PAGE_SIZE,
      ...(status ? { status } : {}),
      ...(after ? { after } : {}),
    });
    if (!reply.ok) return reply.error.message;
    all.push(...reply.value.items);
    after = reply.value.next ?? undefined;
  } while (after !== undefined);
  return all;
}

/** Whether a challenge can count in the period: opened by its end, and open then or changed since its start. */
function mayCount(summary: ChallengeSummary, period: Period): boolean {
  if (londonDay(summary.openedAt) > period.end) return false;
  return summary.status === 'open' || londonDay(summary.lastChangeAt) >= period.start;
}

/**
 * The full history of each challenge, one 'challenge/get' per challenge. Fine for a practitioner's own
 * challenges (tens to hundreds); a partnership-wide log of thousands would want one bulk message that
 * derives in the background instead of a round trip each.
 */
async function histories(summaries: readonly ChallengeSummary[]): Promise<MonitoringChallenge[] | string> {
  const loaded: MonitoringChallenge[] = [];
  for (const summary of summaries) {
    const reply = await sendMessage('challenge/get', { challengeId: summary.challengeId });
    if (!reply.ok) return `Challenge ${summary.caseReference} could not be read: ${reply.error.message}`;
    loaded.push({ events: reply.value.events, state: reply.value.state });
  }
  return loaded;
}

/** The challenges that may count in the period's figures (monitoringFigures decides exactly which count where). */
export async function challengesForPeriod(period: Period): Promise<MonitoringChallenge[] | string> {
  const summaries = await listAll();
  if (typeof summaries === 'string') return summaries;
  return histories(summaries.filter((summary) => mayCount(summary, period)));
}

/** Every open challenge, for the calendar file of their deadlines. */
export async function openChallenges(): Promise<MonitoringChallenge[] | string> {
  const summaries = await listAll('open');
  if (typeof summaries === 'string') return summaries;
  return histories(summaries);
}
