import { z } from 'zod';
import { browser } from 'wxt/browser';
import { ok } from '@/lib/messaging/result';
import type { ChallengeSummary } from '@/lib/challenge';
import { decideRetention, planRetention, type ClosedChallenge } from '@/lib/settings/retention-policy';
import { deleteChallenges, getMeta, listChallenges, putMeta, type ChallengeDatabase } from '@/lib/store';
import type { ChallengeService } from './challenge-service';
import { now } from './clock';
import { readSettings } from './settings-service';

/**
 * Retention of closed challenges (Options → "Keep closed challenges for"): once a day the background
 * warns about closed challenges whose period ends within 14 days, and deletes those whose period has ended
 * and whose warning is at least 14 days old. Nothing is deleted while the setting is 0 (the default).
 */
const ALARM = 'retention-check';
const WARNED_KEY = 'retention:warned';
const NOTIFICATION_ID = 'retention-warning';
const warnedSchema = z.record(z.string(), z.string());

async function closedChallenges(db: ChallengeDatabase): Promise<ClosedChallenge[]> {
  const closed: ClosedChallenge[] = [];
  for (const status of ['resolved', 'withdrawn'] as const) {
    let after: string | undefined;
    do {
      const page = await listChallenges<ChallengeSummary>(db, {
        status,
        limit: 500,
        ...(after ? { after } : {}),
      });
      if (!page.ok) throw new Error(page.error.message);
      for (const { challengeId, lastChangeAt } of page.value.items)
        closed.push({ challengeId, status, lastChangeAt });
      after = page.value.next ?? undefined;
    } while (after);
  }
  return closed;
}

/** One retention pass: warn, purge, remember. Returns what is still waiting, for the options banner. */
async function runRetention(challenges: ChallengeService, purge: boolean) {
  const at = await now();
  const db = await challenges.connection.get();
  const { retentionMonths } = await readSettings();
  const warned = await getMeta(db, WARNED_KEY, warnedSchema);
  // An unreadable warning record must not become "never warned, purge": do nothing until it reads.
  if (!warned.ok) return { dueForPurge: 0, purgeOn: null };
  const decision = decideRetention(
    planRetention(await closedChallenges(db), retentionMonths, at),
    warned.value ?? {},
    at,
  );
  if (!purge) return { dueForPurge: decision.pending, purgeOn: decision.purgeOn };

  if (decision.purge.length > 0) {
    const deleted = await deleteChallenges(db, decision.purge);
    if (!deleted.ok)
      return { dueForPurge: decision.pending + decision.purge.length, purgeOn: decision.purgeOn };
    challenges.notifyChanged();
  }
  await putMeta(db, WARNED_KEY, decision.warned);
  if (decision.newlyWarned.length > 0) {
    // Content-free: a notification can be read over a shoulder or on a locked screen.
    await browser.notifications.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Challenge Companion',
      message: 'Some closed challenges will be deleted in 14 days. Export a backup first if you need them.',
    });
  }
  return { dueForPurge: decision.pending, purgeOn: decision.purgeOn };
}

/** What the options page's banner shows: how many closed challenges are waiting, and when. */
export async function retentionStatus(challenges: ChallengeService) {
  return ok(await runRetention(challenges, false));
}

/**
 * The daily alarm. Created only when missing: the worker starts many times a day, and re-creating the
 * alarm each time would keep pushing it back.
 */
export function wireRetention(challenges: ChallengeService): void {
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runRetention(challenges, true).catch(() => undefined);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#data') });
    void browser.notifications.clear(id);
  });
}
