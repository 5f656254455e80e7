/**
 * The case page's address as the extension keeps it (in the challenge record, and from there in
 * drafted emails and exports). Case-management systems are known to carry session state in the URL:
 * `?sid=`, `;jsessionid=` path parameters, ASP.NET cookieless `/(S(…))/` segments, single sign-on
 * `code=` / `state=` callbacks and `#access_token=` fragments. Such a URL in a forwarded email is a
 * live key to the record, so the rule is an allow-list: keep only what is needed to find the case
 * again, and drop everything else.
 *
 * Kept query parameters: names that identify the case or the view of it (`case`, `caseid`, `caseref`,
 * `casereference`, `casenumber`, `id`, `ref`, `tab`, `view`; any letter case), and only when the value
 * is short and does not look like a token (a GUID record id is kept). Everything else (including `personId`, `nhsNumber` and the
 * like, which are personal data rather than routing) is dropped.
 * Kept fragment: only a client-side route (`#/…` or `#!/…`), whose own query is cleaned the same way.
 */

const KEPT_PARAMETERS = new Set([
  'case',
  'caseid',
  'caseref',
  'casereference',
  'casenumber',
  'id',
  'ref',
  'tab',
  'view',
]);
/** Case references are short; a long opaque value is more likely a token than an identifier. */
const MAX_KEPT_VALUE_LENGTH = 40;
const TOKEN_LIKE = /^[A-Za-z0-9+/_=.-]{24,}$/;
/** Record identifiers in Dynamics-style systems are GUIDs: long, but not secrets. */
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
/** ASP.NET cookieless session path segment, e.g. `(S(lit3py55t21z5v55vlm25s55))`. */
const COOKIELESS_SEGMENT = /^\([A-Z]\(.*\)\)$/;
/** The message schema's limit for a page address. */
const MAX_URL_LENGTH = 2000;

export function cleanPageUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  const path = cleanPath(parsed.pathname);
  const query = cleanQuery(parsed.search);
  const fragment = cleanFragment(parsed.hash);
  // Rebuilt from parts rather than edited in place, so userinfo (user:password@) never comes along.
  const origin = `${parsed.protocol}//${parsed.host}`;
  const full = `${origin}${path}${query}${fragment}`;
  if (full.length <= MAX_URL_LENGTH) return full;
  const withoutExtras = `${origin}${path}`;
  return withoutExtras.length <= MAX_URL_LENGTH ? withoutExtras : `${origin}/`;
}

/** Drops `;name=value` path parameters (jsessionid and kin) and cookieless session segments. */
function cleanPath(pathname: string): string {
  return pathname
    .split('/')
    .filter((segment) => !COOKIELESS_SEGMENT.test(decodeSafely(segment)))
    .map((segment) => segment.split(';')[0])
    .join('/');
}

function cleanQuery(search: string): string {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) {
    if (isKeptParameter(name, value)) kept.append(name, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : '';
}

function isKeptParameter(name: string, value: string): boolean {
  return (
    KEPT_PARAMETERS.has(name.toLowerCase()) &&
    value.length > 0 &&
    value.length <= MAX_KEPT_VALUE_LENGTH &&
    (!TOKEN_LIKE.test(value) || GUID.test(value))
  );
}

function cleanFragment(hash: string): string {
  const route = /^#!?\//.exec(hash);
  if (!route) return '';
  const [routePath = '', routeQuery] = hash.slice(route[0].length).split(/\?(.*)/s);
  return `${route[0]}${cleanPath(routePath)}${routeQuery === undefined ? '' : cleanQuery(routeQuery)}`;
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
