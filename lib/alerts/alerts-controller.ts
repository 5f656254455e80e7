import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Nation, WorkingHours } from '../calendar';
import type { ChallengeSummary } from '../challenge/summary';
import type { Protocol } from '../protocols';
import {
  createChallengeStoreDeps,
  firstOpenDueAfter,
  getMeta,
  listChallenges,
  putMeta,
  rebuildSummaries,
  type ChallengeDatabase,
} from '../store';
import { ALERT_ALARM, PERIODIC_ALARM, PERIODIC_MINUTES, nextAlarmAt } from './alarm-plan';
import { badgeFor } from './badge-model';
import { keysToRemember, pendingNotifications, withinWorkingHours } from './notification-model';

/** Meta key of the notification keys already raised: kept in IndexedDB so restarts do not repeat them. */
export const SENT_NOTIFICATIONS_KEY = 'alerts:sent-notifications';
/** Enough for hundreds of challenges' stages; the oldest keys go first. */
const MAX_SENT_KEYS = 2000;
const NOTIFICATION_PREFIX = 'challenge-companion:';
const ICON_PATH = '/icon/128.png';

export interface AlertsContext {
  database(): Promise<ChallengeDatabase>;
  now(): Promise<Date>;
  settings(): Promise<{ notifications: boolean; workingHours: WorkingHours; nation?: Nation }>;
  importedProtocols(): Promise<Protocol[]>;
  /** Where a notification click leads, an extension path such as '/options.html'. */
  clickTarget: Parameters<typeof browser.runtime.getURL>[0];
}

/** Every challenge: closed ones too, since a closed challenge may still owe the partnership a report. */
async function allSummaries(db: ChallengeDatabase): Promise<ChallengeSummary[]> {
  const all: ChallengeSummary[] = [];
  let after: string | undefined;
  do {
    const page = await listChallenges<ChallengeSummary>(db, { limit: 500, after });
    if (!page.ok) throw new Error(page.error.message);
    all.push(...page.value.items);
    after = page.value.next ?? undefined;
  } while (after !== undefined);
  return all;
}

/**
 * A summary's `nextDeadline` moves from the due-soon warning to the deadline as time passes; the index
 * the alarms read is right only if those rows are re-derived once their warning has come.
 */
function staleIds(summaries: readonly ChallengeSummary[], now: Date): string[] {
  return summaries
    .filter(
      (s) =>
        s.nextDeadline !== null &&
        s.nextDeadline === s.dueSoonAt &&
        s.nextDeadline !== s.deadline &&
        Date.parse(s.nextDeadline) <= now.getTime(),
    )
    .map((s) => s.challengeId);
}

/**
 * Applies the pure alert models to the browser: badge, alarms, notifications. `recompute` is safe to
 * call often: calls made while one runs fold into a single follow-up run.
 */
export function createAlertsController(context: AlertsContext) {
  let running: Promise<void> | null = null;
  let again = false;

  const refreshedSummaries = async (db: ChallengeDatabase, now: Date): Promise<ChallengeSummary[]> => {
    const summaries = await allSummaries(db);
    const stale = staleIds(summaries, now);
    if (stale.length === 0) return summaries;
    const settings = await context.settings();
    const deps = createChallengeStoreDeps({
      now,
      importedProtocols: await context.importedProtocols(),
      hours: settings.workingHours,
    });
    const report = await rebuildSummaries(db, deps, stale);
    if (!report.ok) console.warn('Challenge Companion: could not refresh summaries:', report.error.message);
    return allSummaries(db);
  };

  const showBadge = async (summaries: readonly ChallengeSummary[], now: Date) => {
    const view = badgeFor(summaries, now);
    await browser.action.setBadgeText({ text: view.text });
    await browser.action.setBadgeBackgroundColor({ color: view.color });
    await browser.action.setTitle({ title: view.title });
  };

  const scheduleAlarms = async (db: ChallengeDatabase, now: Date) => {
    const next = await firstOpenDueAfter<ChallengeSummary>(db, now.toISOString());
    await browser.alarms.clear(ALERT_ALARM);
    const when = nextAlarmAt(next.ok ? (next.value?.nextDeadline ?? null) : null, now, Date.now());
    if (when !== null) await browser.alarms.create(ALERT_ALARM, { when });
    const periodic = await browser.alarms.get(PERIODIC_ALARM);
    if (!periodic) await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: PERIODIC_MINUTES });
  };

  const notify = async (db: ChallengeDatabase, summaries: readonly ChallengeSummary[], now: Date) => {
    const settings = await context.settings();
    if (!settings.notifications || !withinWorkingHours(now, settings.workingHours, settings.nation)) return;
    const stored = await getMeta(db, SENT_NOTIFICATIONS_KEY, z.array(z.string()));
    // An unreadable record must not turn into a burst of repeats: skip notifying until it is readable.
    if (!stored.ok) return;
    const sent = stored.value ?? [];
    const pending = pendingNotifications(summaries, now, new Set(sent));
    if (pending.length === 0) return;
    // Remember first: a notification missed by a crash is better than one repeated after every restart.
    const remembered = [...sent, ...keysToRemember(pending)].slice(-MAX_SENT_KEYS);
    const saved = await putMeta(db, SENT_NOTIFICATIONS_KEY, remembered);
    if (!saved.ok) return;
    const iconUrl = browser.runtime.getURL(ICON_PATH);
    for (const item of pending) {
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${item.key}`, {
        type: 'basic',
        iconUrl,
        title: item.title,
        message: item.message,
      });
    }
  };

  const run = async () => {
    const now = await context.now();
    const db = await context.database();
    const summaries = await refreshedSummaries(db, now);
    await showBadge(summaries, now);
    await scheduleAlarms(db, now);
    await notify(db, summaries, now);
  };

  const recompute = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await run().catch((error: unknown) => console.error('Challenge Companion alerts:', error));
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  /** Listeners go on at the worker's first turn, so an alarm or click that woke the worker is heard. */
  const listen = () => {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALERT_ALARM || alarm.name === PERIODIC_ALARM) void recompute();
    });
    browser.notifications.onClicked.addListener((notificationId) => {
      if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
      void browser.notifications.clear(notificationId);
      // The id carries the challenge (never shown to anyone): open the dashboard at that challenge.
      const challengeId = notificationId.slice(NOTIFICATION_PREFIX.length).split(':')[0] ?? '';
      const target = browser.runtime.getURL(context.clickTarget);
      const url = /^[0-9a-f-]{36}$/.test(challengeId) ? `${target}#challenge=${challengeId}` : target;
      void browser.tabs.create({ url });
    });
  };

  return { recompute, listen };
}

export type AlertsController = ReturnType<typeof createAlertsController>;
