/**
 * Toolbar badge, alarms and notifications for deadlines. The models here are pure; the browser-facing
 * side (alerts-controller.ts) applies them.
 */
export { partnershipMustBeTold, stageAlert, type AlertSummary, type StageAlert } from './alert-state';
export {
  alertCountsOf,
  badgeFor,
  badgeForCounts,
  type BadgeCounts,
  DUE_SOON_COLOR,
  OVERDUE_COLOR,
  PRODUCT_NAME,
  QUIET_COLOR,
  type BadgeView,
} from './badge-model';
export {
  groupSentKeys,
  keysToRemember,
  MAX_SEPARATE_NOTIFICATIONS,
  notificationsToRaise,
  rememberSent,
  sentKeySet,
  type SentByChallenge,
  NOTIFICATION_TEXT,
  notificationKey,
  pendingNotifications,
  withinWorkingHours,
  type NotificationKind,
  type PendingNotification,
} from './notification-model';
export { nextAlarmAt, ALERT_ALARM, PERIODIC_ALARM, PERIODIC_MINUTES } from './alarm-plan';
export {
  createAlertsController,
  SENT_BY_CHALLENGE_KEY,
  SENT_NOTIFICATIONS_KEY,
  type AlertsContext,
  type AlertsController,
} from './alerts-controller';
