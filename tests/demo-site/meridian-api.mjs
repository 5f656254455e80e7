// The Meridian SPA's JSON API. Every answer arrives late (default 400 ms, `?delay=ms` to change it) so
// the extension has to cope with case content that appears after the page has loaded, as in real SPAs.

import { findMeridianCase, listMeridianCases } from './meridian-cases.mjs';

export const API_PREFIX = '/meridian/api/';
export const DEFAULT_DELAY_MS = 400;
export const MAX_DELAY_MS = 10_000;

/**
 * @param {string | null} raw the `delay` query parameter
 * @returns {{ ok: true, delayMs: number } | { ok: false, error: string }}
 */
export function parseDelay(raw) {
  if (raw === null) return { ok: true, delayMs: DEFAULT_DELAY_MS };
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > MAX_DELAY_MS) {
    return { ok: false, error: `delay: must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}` };
  }
  return { ok: true, delayMs: Number(raw) };
}

/**
 * Answers a request under /meridian/api/.
 *
 * @param {string} pathname decoded path, e.g. `/meridian/api/cases/MER-55012`
 * @param {URLSearchParams} query
 * @returns {{ status: number, delayMs: number, body: unknown }}
 */
export function answerMeridianApi(pathname, query) {
  const delay = parseDelay(query.get('delay'));
  if (!delay.ok) return { status: 400, delayMs: 0, body: { error: delay.error } };

  const route = pathname.slice(API_PREFIX.length).replace(/\/$/, '');
  if (route === 'cases') {
    return { status: 200, delayMs: delay.delayMs, body: { cases: listMeridianCases() } };
  }
  const caseMatch = /^cases\/(MER-\d{5})$/.exec(route);
  const found = caseMatch ? findMeridianCase(caseMatch[1] ?? '') : undefined;
  if (found) return { status: 200, delayMs: delay.delayMs, body: found };
  return {
    status: 404,
    delayMs: delay.delayMs,
    body: { error: caseMatch ? `case: no case ${caseMatch[1]}` : 'path: no such API resource' },
  };
}
