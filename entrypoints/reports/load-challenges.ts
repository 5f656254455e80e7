import type { ChallengeSummary } from '@/lib/challenge';
import { mayCountIn, type MonitoringChallenge, type Period } from '@/lib/reports';
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

/**
 * The full history of each challenge, one 'challenge/get' per challenge: for the CSV log and the calendar
 * file, made only when asked for. The figures on screen come from 'reports/figures' in one message.
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

/** The challenges that may count in the period (its CSV log): the same ones 'reports/figures' counts. */
export async function challengesForPeriod(period: Period): Promise<MonitoringChallenge[] | string> {
  const summaries = await listAll();
  if (typeof summaries === 'string') return summaries;
  return histories(summaries.filter((summary) => mayCountIn(summary, period)));
}

/** Every open challenge, for the calendar file of their deadlines. */
export async function openChallenges(): Promise<MonitoringChallenge[] | string> {
  const summaries = await listAll('open');
  if (typeof summaries === 'string') return summaries;
  return histories(summaries);
}
