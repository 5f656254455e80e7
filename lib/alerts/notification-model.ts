import { TZDate } from '@date-fns/tz';
import { isWorkingDay, londonDate, LONDON_TIME_ZONE, type Nation, type WorkingHours } from '../calendar';
import { partnershipMustBeTold, stageAlert, type AlertSummary } from './alert-state';

export type NotificationKind = 'overdue' | 'due-soon' | 'threshold';

/** One notification to raise. `key` says what it is about, so it is raised once however often we look. */
export interface PendingNotification {
  key: string;
  kind: NotificationKind;
  title: string;
  message: string;
}

/**
 * Notification texts: content-free on purpose. A notification can show on a shared or projected screen,
 * so it never names a person, an agency or a case reference; the practitioner opens the extension to see
 * which challenge it means.
 */
export const NOTIFICATION_TEXT: Record<NotificationKind, { title: string; message: string }> = {
  overdue: { title: 'Challenge Companion', message: 'A challenge stage is overdue' },
  'due-soon': { title: 'Challenge Companion', message: 'A challenge stage is due soon' },
  threshold: {
    title: 'Challenge Companion',
    message: 'A challenge has reached the reporting threshold: the partnership must be told',
  },
};

export function notificationKey(challengeId: string, stage: number, kind: NotificationKind): string {
  return `${challengeId}:${stage}:${kind}`;
}

/**
 * Notifications due at `now` that have not been sent (`sent` holds the keys already raised): one per
 * challenge, stage and kind. An overdue stage that was never announced as due soon gets only the overdue
 * one; a later stage of the same challenge has new keys.
 */
export function pendingNotifications(
  summaries: readonly AlertSummary[],
  now: Date,
  sent: ReadonlySet<string>,
): PendingNotification[] {
  const pending: PendingNotification[] = [];
  const add = (summary: AlertSummary, kind: NotificationKind) => {
    const key = notificationKey(summary.challengeId, summary.currentStage, kind);
    if (!sent.has(key)) pending.push({ key, kind, ...NOTIFICATION_TEXT[kind] });
  };
  for (const summary of summaries) {
    const alert = stageAlert(summary, now);
    if (alert !== 'none') add(summary, alert);
    if (partnershipMustBeTold(summary)) add(summary, 'threshold');
  }
  return pending;
}

/**
 * Keys to remember after raising `raised`: an overdue key also stands for the due-soon one of the same
 * stage, so a stage that went straight to overdue is not later announced as "due soon".
 */
export function keysToRemember(raised: readonly PendingNotification[]): string[] {
  return raised.flatMap((item) =>
    item.kind === 'overdue' ? [item.key, item.key.replace(/:overdue$/, ':due-soon')] : [item.key],
  );
}

/** Above this many notifications due at once, one summary notification is raised instead. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;
export const SUMMARY_NOTIFICATION_KEY = 'summary';

/**
 * What to raise for `pending`: each one when there are a few, otherwise a single content-free summary
 * (a first run after importing a large store must not bury the practitioner under hundreds).
 */
export function notificationsToRaise(pending: readonly PendingNotification[]): PendingNotification[] {
  if (pending.length <= MAX_SEPARATE_NOTIFICATIONS) return [...pending];
  return [
    {
      key: SUMMARY_NOTIFICATION_KEY,
      kind: pending.some((item) => item.kind === 'overdue') ? 'overdue' : pending[0]!.kind,
      title: 'Challenge Companion',
      message: `${pending.length} challenge alerts need attention: open Challenge Companion to see them`,
    },
  ];
}

/** Notification keys already raised, per challenge: bounded by the challenges that still alert. */
export type SentByChallenge = Record<string, string[]>;

const challengeOfKey = (key: string): string => key.slice(0, key.indexOf(':'));

/** Group flat keys (`challengeId:stage:kind`) per challenge. */
export function groupSentKeys(keys: readonly string[]): SentByChallenge {
  const grouped: SentByChallenge = {};
  for (const key of keys) (grouped[challengeOfKey(key)] ??= []).push(key);
  return grouped;
}

/**
 * The record to keep after raising `raised`: the keys of challenges in `alerting` (those that can still
 * alert at all) and nothing else, so it never outgrows them and nothing still due is ever forgotten
 * (the old flat list was capped and dropped keys of overdue stages, which were then raised again).
 */
export function rememberSent(
  previous: SentByChallenge,
  raised: readonly PendingNotification[],
  alerting: ReadonlySet<string>,
): SentByChallenge {
  const next: SentByChallenge = {};
  for (const [challengeId, keys] of Object.entries(previous))
    if (alerting.has(challengeId)) next[challengeId] = [...keys];
  for (const key of keysToRemember(raised)) {
    const keys = (next[challengeOfKey(key)] ??= []);
    if (!keys.includes(key)) keys.push(key);
  }
  return next;
}

export function sentKeySet(sent: SentByChallenge): Set<string> {
  return new Set(Object.values(sent).flat());
}

const minutesOf = (hhmm: string): number => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
};

/**
 * Notifications stay quiet outside the practitioner's working hours: a working day in Europe/London
 * (Monday to Friday, and not one of the nation's bank holidays when a nation is given), between the start
 * and end of their working hours (end excluded).
 */
export function withinWorkingHours(now: Date, hours: WorkingHours, nation?: Nation): boolean {
  const london = new TZDate(now.getTime(), LONDON_TIME_ZONE);
  const weekday = london.getDay();
  if (weekday === 0 || weekday === 6) return false;
  if (nation !== undefined && !workingDayOrUnknown(londonDate(now), nation)) return false;
  const minute = london.getHours() * 60 + london.getMinutes();
  return minute >= minutesOf(hours.start) && minute < minutesOf(hours.end);
}

/** Outside the years the bank-holiday calendar covers, a weekday counts: better a notification than none. */
function workingDayOrUnknown(date: string, nation: Nation): boolean {
  try {
    return isWorkingDay(date, nation);
  } catch {
    return true;
  }
}
