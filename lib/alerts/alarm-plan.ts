/** The alarm set for the next alert instant, and the periodic safety recompute. */
export const ALERT_ALARM = 'alerts:next';
export const PERIODIC_ALARM = 'alerts:periodic';
export const PERIODIC_MINUTES = 15;

/**
 * When (in the browser's own Date.now() time) the next alert alarm should fire, given the next alert
 * instant as the product's clock sees it. The product clock may run ahead of the browser's (the test
 * seam in entrypoints/background/clock.ts), so the alarm keeps the distance, not the instant.
 * Null when there is nothing ahead.
 */
export function nextAlarmAt(nextInstant: string | null, now: Date, browserNow: number): number | null {
  if (nextInstant === null) return null;
  const distance = Date.parse(nextInstant) - now.getTime();
  if (!Number.isFinite(distance)) return null;
  // A moment past the instant, so the recompute it triggers sees the instant as reached.
  return browserNow + Math.max(distance, 0) + 1000;
}
