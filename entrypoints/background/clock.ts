import { browser } from 'wxt/browser';

/**
 * The background's one source of "now". End-to-end tests make deadlines pass by storing a clock offset
 * (milliseconds) under this key, instead of waiting days; in normal use the key is absent.
 */
export const CLOCK_OFFSET_KEY = 'test:clock-offset-ms';

export async function now(): Promise<Date> {
  const stored = await browser.storage.local.get(CLOCK_OFFSET_KEY);
  const offset = Number(stored[CLOCK_OFFSET_KEY] ?? 0);
  return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0));
}
