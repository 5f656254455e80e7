// No imports: the toolbar popup checks a grant with this before the browser's prompt, and loads no zod.

interface PatternParts {
  scheme: string;
  host: string;
  port: string | null;
}

function patternParts(pattern: string): PatternParts | null {
  const match = /^([a-z*]+):\/\/([^/:]+)(?::(\d+|\*))?\//i.exec(pattern.trim());
  if (!match?.[1] || !match[2]) return null;
  return { scheme: match[1].toLowerCase(), host: match[2].toLowerCase(), port: match[3] ?? null };
}

/**
 * Whether a grant the practitioner asks for (e.g. "https://cases.example.gov.uk/*") lies inside one of
 * the patterns IT permits. `*.example.gov.uk` covers example.gov.uk and every subdomain, as in Chrome's
 * match patterns; a permitted pattern without a port covers every port.
 */
export function isSitePermitted(requested: string, permittedSites: readonly string[] | null): boolean {
  if (permittedSites === null) return true;
  const wanted = patternParts(requested);
  if (!wanted || wanted.host.includes('*')) return false;
  return permittedSites.some((permitted) => {
    const allowed = patternParts(permitted);
    if (!allowed) return false;
    const schemeOk =
      allowed.scheme === wanted.scheme || (allowed.scheme === '*' && wanted.scheme === 'https');
    const hostOk =
      allowed.host === '*' ||
      allowed.host === wanted.host ||
      (allowed.host.startsWith('*.') &&
        (wanted.host === allowed.host.slice(2) || wanted.host.endsWith(allowed.host.slice(1))));
    const portOk = allowed.port === null || allowed.port === '*' || allowed.port === wanted.port;
    return schemeOk && hostOk && portOk;
  });
}

/** The refusal shown when a practitioner asks for a site outside the organisation's list. */
export function notPermittedMessage(permittedSites: readonly string[]): string {
  const list = permittedSites.length > 0 ? permittedSites.join(', ') : 'no sites';
  return `Your organisation allows Challenge Companion only on: ${list}`;
}
