import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  gmailLink,
  MAILTO_LIMIT,
  mailtoLink,
  outlookWebLink,
  WEB_COMPOSE_LIMIT,
  type MailLinkResult,
} from '../../../lib/drafts';
import { HOSTILE, hostileBody } from './hostile-text';

const draft = {
  to: ['sam.ortiz@council.gov.uk', 'team+cs@council.gov.uk'],
  subject: 'OFFICIAL-SENSITIVE: Professional challenge, case CS-104233: Stage 1 follow-up summary',
  body: 'Dear colleague,\n\nLine one & two; “quotes”.\n- a list item\n',
};

function hrefOf(result: MailLinkResult): string {
  if (!result.ok) throw new Error(`expected a link, got ${result.message}`);
  return result.href;
}

describe('mailto (RFC 6068)', () => {
  test('the address, subject and body read back exactly, with CRLF line breaks', () => {
    const url = new URL(hrefOf(mailtoLink(draft)));
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname).split(',')).toEqual(draft.to);
    expect(url.searchParams.get('subject')).toBe(draft.subject);
    expect(url.searchParams.get('body')).toBe(draft.body.replace(/\n/g, '\r\n'));
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  test('hostile text cannot add a parameter, a fragment or a header', () => {
    const href = hrefOf(mailtoLink({ to: [], subject: HOSTILE.queryBreak, body: HOSTILE.queryBreak }));
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.hash).toBe('');
    expect(url.searchParams.get('body')).toBe(HOSTILE.queryBreak);
    const injected = new URL(hrefOf(mailtoLink({ to: [], subject: HOSTILE.headerInjection, body: '' })));
    expect(injected.searchParams.get('subject')).toBe('Review Bcc: attacker@example.com X-Evil: 1');
    expect([...injected.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  test(`over ${MAILTO_LIMIT} characters it says so and offers the .eml file or copying instead`, () => {
    const result = mailtoLink({ ...draft, body: 'x'.repeat(MAILTO_LIMIT) });
    expect(result).toEqual({
      ok: false,
      reason: 'too-long',
      length: expect.any(Number),
      limit: MAILTO_LIMIT,
      message: expect.stringMatching(/too long .* Download it as an \.eml file, or copy it/),
    });
  });

  test('an invalid draft is refused by field, not thrown', () => {
    expect(mailtoLink({ ...draft, to: ['not an address'] })).toEqual({
      ok: false,
      reason: 'invalid-draft',
      message: expect.stringContaining('to.0: must be an email address'),
    });
  });

  test('any text round-trips, and the link is either under the limit or refused', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 1500 }), (subject, body) => {
        const result = mailtoLink({ to: ['a@example.com'], subject, body });
        if (!result.ok) {
          expect(result.reason).toBe('too-long');
          return;
        }
        expect(result.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
        const url = new URL(result.href);
        expect(url.searchParams.get('body')).toBe(body.replace(/\r\n?|\n/g, '\r\n'));
      }),
    );
  });
});

describe.each([
  ['Outlook on the web', outlookWebLink, 'https://outlook.office.com/mail/deeplink/compose', 'subject'],
  ['Gmail', gmailLink, 'https://mail.google.com/mail/', 'su'],
] as const)('%s compose link', (_name, link, base, subjectParam) => {
  test('is an https link to the compose page carrying the fields', () => {
    const url = new URL(hrefOf(link(draft)));
    expect(`${url.origin}${url.pathname}`).toBe(base);
    expect(url.searchParams.get('to')).toBe(draft.to.join(','));
    expect(url.searchParams.get(subjectParam)).toBe(draft.subject);
    expect(url.searchParams.get('body')).toBe(draft.body.replace(/\n/g, '\r\n'));
  });

  test('hostile text stays inside its own parameter', () => {
    const url = new URL(hrefOf(link({ to: [], subject: HOSTILE.queryBreak, body: hostileBody })));
    expect(url.searchParams.get('body')).toBe(hostileBody.replace(/\r\n?|\n/g, '\r\n'));
    expect(url.searchParams.getAll('body')).toHaveLength(1);
    expect(url.hash).toBe('');
  });

  test(`over ${WEB_COMPOSE_LIMIT} characters it falls back with a reason`, () => {
    const result = link({ ...draft, body: 'é'.repeat(WEB_COMPOSE_LIMIT) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('too-long');
  });
});
