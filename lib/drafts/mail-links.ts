import { describeDraftIssues, emailDraftSchema } from './draft-types';
import { oneLine } from './email-subject';

/**
 * Links that open a draft in a mail client: the default client (`mailto:`, RFC 6068), Outlook on the web
 * and Gmail's compose page. A link carries the whole email in its address, and clients cut or refuse long
 * ones, so each has a limit; past it the answer says why and what to do instead (.eml file or copy).
 */

export type MailLinkResult =
  | { ok: true; href: string }
  | { ok: false; reason: 'too-long' | 'invalid-draft'; message: string; length?: number; limit?: number };

/**
 * 2,000 characters: the length below which every common mail client (Outlook desktop, Apple Mail,
 * Thunderbird) and the Windows shell hand a `mailto:` address over whole; longer ones are cut silently.
 */
export const MAILTO_LIMIT = 2000;
/**
 * Web compose links go to a web server. 8,000 keeps under the 8 KB request-line limit common to web
 * servers and proxies, beyond which Outlook on the web and Gmail answer with an error page.
 */
export const WEB_COMPOSE_LIMIT = 8000;

const FALLBACK = 'Download it as an .eml file, or copy it and paste it into a new email, instead.';

/** RFC 6068: line breaks in a body are %0D%0A; every reserved character percent-encoded. */
const encodeText = (text: string): string => encodeURIComponent(text.replace(/\r\n?|\n/g, '\r\n'));

function parse(draft: unknown): ReturnType<typeof emailDraftSchema.safeParse> {
  return emailDraftSchema.safeParse(draft);
}

function limited(href: string, limit: number, what: string): MailLinkResult {
  if (href.length <= limit) return { ok: true, href };
  return {
    ok: false,
    reason: 'too-long',
    length: href.length,
    limit,
    message: `This email is too long to open ${what} (${href.length.toLocaleString('en-GB')} characters as a link; the limit is ${limit.toLocaleString('en-GB')}). ${FALLBACK}`,
  };
}

function invalid(error: Parameters<typeof describeDraftIssues>[0]): MailLinkResult {
  return {
    ok: false,
    reason: 'invalid-draft',
    message: `This draft cannot be opened: ${describeDraftIssues(error)}.`,
  };
}

export function mailtoLink(draft: unknown): MailLinkResult {
  const parsed = parse(draft);
  if (!parsed.success) return invalid(parsed.error);
  const { to, subject, body } = parsed.data;
  // The address part keeps '@' readable; everything else that is not unreserved is percent-encoded.
  const addresses = to.map((address) => encodeURIComponent(address).replace(/%40/g, '@')).join(',');
  const href = `mailto:${addresses}?subject=${encodeText(oneLine(subject))}&body=${encodeText(body)}`;
  return limited(href, MAILTO_LIMIT, 'in your mail program');
}

function webCompose(base: string, fields: Record<string, string>, what: string): MailLinkResult {
  const query = Object.entries(fields)
    .map(([name, value]) => `${name}=${encodeText(value)}`)
    .join('&');
  return limited(`${base}${query}`, WEB_COMPOSE_LIMIT, what);
}

/** Outlook on the web (Microsoft 365 work accounts, including NHSmail): the compose deep link. */
export function outlookWebLink(draft: unknown): MailLinkResult {
  const parsed = parse(draft);
  if (!parsed.success) return invalid(parsed.error);
  const { to, subject, body } = parsed.data;
  return webCompose(
    'https://outlook.office.com/mail/deeplink/compose?',
    { to: to.join(','), subject: oneLine(subject), body },
    'in Outlook on the web',
  );
}

/** Gmail's compose window (`view=cm`, full screen). */
export function gmailLink(draft: unknown): MailLinkResult {
  const parsed = parse(draft);
  if (!parsed.success) return invalid(parsed.error);
  const { to, subject, body } = parsed.data;
  return webCompose(
    'https://mail.google.com/mail/?view=cm&fs=1&',
    { to: to.join(','), su: oneLine(subject), body },
    'in Gmail',
  );
}
