// Fetches Meridian's late content from the demo server's JSON API. The shape is checked before rendering
// so a broken answer shows an error view instead of a half-drawn case.

/**
 * @param {string} path
 * @param {string | null} delayParam passed on as `?delay=` when the page itself was opened with one
 * @param {AbortSignal} [signal]
 */
async function fetchJson(path, delayParam, signal) {
  const url = new URL(path, window.location.origin);
  if (delayParam !== null) url.searchParams.set('delay', delayParam);
  // eslint-disable-next-line no-restricted-syntax -- page code of the fictional demo system, not extension code
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (response.status === 404) throw new Error('There is no such case, or it is not shared with you.');
  if (!response.ok) throw new Error(`The server answered ${response.status} for ${url.pathname}. Try again.`);
  return response.json();
}

/** @param {unknown} value */
function isCase(value) {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ref' in value &&
    typeof value.ref === 'string' &&
    'steps' in value &&
    Array.isArray(value.steps) &&
    'referralDecision' in value &&
    typeof value.referralDecision === 'object'
  );
}

/**
 * @param {string} ref e.g. `MER-55012`
 * @param {string | null} delayParam
 * @param {AbortSignal} [signal]
 * @returns {Promise<import('../../meridian-cases.mjs').MeridianCase>}
 */
export async function fetchCase(ref, delayParam, signal) {
  const data = await fetchJson(`/meridian/api/cases/${encodeURIComponent(ref)}`, delayParam, signal);
  if (!isCase(data)) throw new Error(`The data for ${ref} was not in the expected form.`);
  return data;
}

/**
 * @param {string | null} delayParam
 * @param {AbortSignal} [signal]
 * @returns {Promise<import('./case-list-view.js').CaseSummary[]>}
 */
export async function fetchCaseList(delayParam, signal) {
  const data = await fetchJson('/meridian/api/cases', delayParam, signal);
  if (typeof data !== 'object' || data === null || !Array.isArray(data.cases)) {
    throw new Error('The case list was not in the expected form.');
  }
  return data.cases;
}
