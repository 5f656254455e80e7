/**
 * Address patterns for user-defined case sites, in the shape of WebExtension match patterns
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns):
 * `<scheme>://<host><path>`, where scheme is `*` (http or https), `http` or `https`; host is `*`,
 * `*.example.gov.uk` (the domain and its subdomains) or a name, with an optional `:port` (none: any
 * port); and path is a glob in which only `*` is special (any characters, `/` included) and that is
 * matched against path and query. Without a scheme, `*://` is assumed; without a path, `/*`.
 * `<all_urls>` matches every web page. Anything else is invalid: null, never a throw.
 */

const MAX_PATTERN_LENGTH = 500;
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?(\/.*)?$/i;

export type UrlMatcher = (url: URL) => boolean;

export function compileUrlPattern(pattern: string): UrlMatcher | null {
  const trimmed = pattern.trim();
  if (trimmed === '' || trimmed.length > MAX_PATTERN_LENGTH) return null;
  if (trimmed === '<all_urls>') return (url) => url.protocol === 'http:' || url.protocol === 'https:';
  const parts = PATTERN.exec(trimmed.includes('://') ? trimmed : `*://${trimmed}`);
  if (!parts) return null;
  const [, scheme = '*', host = '', port, path = '/*'] = parts;
  if (/\.\.|^\.|\.$/.test(host.replace(/^\*\./, ''))) return null;

  const schemes = scheme === '*' ? ['http:', 'https:'] : [`${scheme.toLowerCase()}:`];
  const hostTest = hostMatcher(host.toLowerCase());
  const pathTest = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return (url) =>
    schemes.includes(url.protocol) &&
    hostTest(url.hostname.toLowerCase()) &&
    (port === undefined ||
      port === '*' ||
      url.port === port ||
      (url.port === '' && port === defaultPort(url))) &&
    pathTest.test(url.pathname + url.search);
}

function hostMatcher(host: string): (hostname: string) => boolean {
  if (host === '*') return () => true;
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    return (hostname) => hostname === domain || hostname.endsWith(`.${domain}`);
  }
  return (hostname) => hostname === host;
}

function defaultPort(url: URL): string {
  return url.protocol === 'https:' ? '443' : '80';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
