import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Nation, WorkingHours } from '../calendar';
import type { ChallengeSummary } from '../challenge/summary';
import type { Protocol } from '../protocols';
import {
  badgeCounts,
  challengeIdsToRefresh,
  createChallengeStoreDeps,
  deleteMeta,
  firstOpenDueAfter,
  getMeta,
  listAlertCandidates,
  loadAlertTally,
  putMeta,
  rebuildSummaries,
  type ChallengeDatabase,
} from '../store';
import { ALERT_ALARM, PERIODIC_ALARM, PERIODIC_MINUTES, nextAlarmAt } from './alarm-plan';
import { badgeForCounts } from './badge-model';
import {
  groupSentKeys,
  notificationsToRaise,
  pendingNotifications,
  rememberSent,
  sentKeySet,
  withinWorkingHours,
  type SentByChallenge,
} from './notification-model';

/** Meta key of the notification keys already raised, per challenge: in IndexedDB so restarts do not repeat them. */
export const SENT_BY_CHALLENGE_KEY = 'alerts:sent-by-challenge';
/** The flat list earlier versions kept (capped, which re-raised old alerts); read once, then replaced. */
export const SENT_NOTIFICATIONS_KEY = 'alerts:sent-notifications';
const NOTIFICATION_PREFIX = 'challenge-companion:';
const ICON_PATH = '/icon/128.png';

export interface AlertsContext {
  database(): Promise<ChallengeDatabase>;
  now(): Promise<Date>;
  settings(): Promise<{ notifications: boolean; workingHours: WorkingHours; nation?: Nation }>;
  importedProtocols(): Promise<Protocol[]>;
  /** Where a notification click leads, an extension path such as '/options.html'. */
  clickTarget: Parameters<typeof browser.runtime.getURL>[0];
  /**
   * Re-derives these challenges' rows in place of the plain rebuild: the records under the passphrase
   * lock are sealed, so only their owner can summarise them (and skips while locked).
   */
  refreshSummaries?(
    db: ChallengeDatabase,
    challengeIds: string[],
    now: Date,
  ): Promise<{ ok: true } | { ok: false; error: { message: string } }>;
}

/**
 * Applies the pure alert models to the browser: badge, alarms, notifications. `recompute` is safe to
 * call often: calls made while one runs fold into a single follow-up run.
 */
export function createAlertsController(context: AlertsContext) {
  let running: Promise<void> | null = null;
  let again = false;

  /**
   * Re-derive only the rows whose due-soon warning has come (nextDeadline must move on to the
   * deadline for the alarms); one key-range read that is usually empty.
   */
  const refreshStale = async (db: ChallengeDatabase, now: Date) => {
    const stale = await challengeIdsToRefresh(db, now);
    if (!stale.ok || stale.value.length === 0) return;
    if (context.refreshSummaries) {
      const refreshed = await context.refreshSummaries(db, stale.value, now);
      if (!refreshed.ok)
        console.warn('Challenge Companion: could not refresh summaries:', refreshed.error.message);
      return;
    }
    const settings = await context.settings();
    const deps = createChallengeStoreDeps({
      now,
      importedProtocols: await context.importedProtocols(),
      hours: settings.workingHours,
    });
    const report = await rebuildSummaries(db, deps, stale.value);
    if (!report.ok) console.warn('Challenge Companion: could not refresh summaries:', report.error.message);
  };

  /**
   * Counts from the in-memory tally, or on indexes until it is loaded; never a read of every summary
   * (docs/PERFORMANCE.md, "Badge recompute").
   */
  const showBadge = async (db: ChallengeDatabase, now: Date) => {
    const counts = await badgeCounts(db, now);
    if (!counts.ok) throw new Error(counts.error.message);
    const view = badgeForCounts(counts.value);
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

  const sentSoFar = async (db: ChallengeDatabase): Promise<SentByChallenge | null> => {
    const stored = await getMeta(db, SENT_BY_CHALLENGE_KEY, z.record(z.string(), z.array(z.string())));
    if (!stored.ok) return null;
    if (stored.value !== undefined) return stored.value;
    const legacy = await getMeta(db, SENT_NOTIFICATIONS_KEY, z.array(z.string()));
    return legacy.ok ? groupSentKeys(legacy.value ?? []) : null;
  };

  const notify = async (db: ChallengeDatabase, now: Date) => {
    const settings = await context.settings();
    if (!settings.notifications || !withinWorkingHours(now, settings.workingHours, settings.nation)) return;
    const sent = await sentSoFar(db);
    // An unreadable record must not turn into a burst of repeats: skip notifying until it is readable.
    if (sent === null) return;
    const candidates = await listAlertCandidates<ChallengeSummary>(db, now);
    if (!candidates.ok) return;
    const pending = pendingNotifications(candidates.value, now, sentKeySet(sent));
    if (pending.length === 0) return;
    // Remember first: a notification missed by a crash is better than one repeated after every restart.
    const alerting = new Set(candidates.value.map((summary) => summary.challengeId));
    const saved = await putMeta(db, SENT_BY_CHALLENGE_KEY, rememberSent(sent, pending, alerting));
    if (!saved.ok) return;
    await deleteMeta(db, SENT_NOTIFICATIONS_KEY);
    const iconUrl = browser.runtime.getURL(ICON_PATH);
    for (const item of notificationsToRaise(pending)) {
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
    await showBadge(db, now);
    // After the badge: a worker's first recompute counts on indexes, the following ones on the tally.
    await loadAlertTally(db);
    await refreshStale(db, now);
    await scheduleAlarms(db, now);
    await notify(db, now);
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
