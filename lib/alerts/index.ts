/**
 * Toolbar badge, alarms and notifications for deadlines. The models here are pure; the browser-facing
 * side (alerts-controller.ts) applies them.
 */
export { partnershipMustBeTold, stageAlert, type AlertSummary, type StageAlert } from './alert-state';
export {
  badgeFor,
  DUE_SOON_COLOR,
  OVERDUE_COLOR,
  PRODUCT_NAME,
  QUIET_COLOR,
  type BadgeView,
} from './badge-model';
export {
  keysToRemember,
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
  SENT_NOTIFICATIONS_KEY,
  type AlertsContext,
  type AlertsController,
} from './alerts-controller';
