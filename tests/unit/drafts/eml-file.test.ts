import fc from 'fast-check';
import PostalMime, { type Email } from 'postal-mime';
import { describe, expect, test } from 'vitest';
import { draftEmail, emlFile, type EmlOptions } from '../../../lib/drafts';
import { climbedTo, contextOf } from './draft-fixtures';
import { HOSTILE, hostileBody } from './hostile-text';

const options: EmlOptions = {
  from: { name: 'Priya Shah', email: 'priya.shah@nhs.net' },
  date: new Date('2025-05-02T10:00:00Z'),
  messageId: '3f1c9a2e-0000-4000-8000-000000000001@challenge-companion.invalid',
};

const header = (email: Email, key: string) =>
  email.headers.filter((found) => found.key === key).map((found) => found.value);

/** Lines of the file, split on CRLF only; a bare CR or LF anywhere would show up inside a line. */
const lines = (file: string) => file.split('\r\n');

describe('a drafted email as .eml, read back by postal-mime', () => {
  test('headers, addresses, subject and both bodies come back as written', async () => {
    const draft = draftEmail('stage-5-escalation', contextOf(climbedTo('darlington-dsp-2024', 5)));
    const file = emlFile(draft, options);
    const email = await PostalMime.parse(file);

    expect(email.from).toEqual({ name: 'Priya Shah', address: 'priya.shah@nhs.net' });
    expect(email.to).toEqual([{ name: '', address: 'DSP@darlington.gov.uk' }]);
    expect(email.subject).toBe(draft.subject);
    expect(email.messageId).toBe(`<${options.messageId}>`);
    expect(new Date(email.date as string).toISOString()).toBe('2025-05-02T10:00:00.000Z');
    expect(header(email, 'x-unsent')).toEqual(['1']);
    expect(header(email, 'mime-version')).toEqual(['1.0']);
    expect(email.text).toBe(draft.body.replace(/\n/g, '\r\n'));
    expect(email.html).toContain('<p>Dear DSP Business Unit,</p>');
    expect(email.attachments).toEqual([]);
  });

  test('RFC 5322 shape: CRLF only, no line over 998 characters, headers folded under 78 where possible', () => {
    const draft = draftEmail('partnership-report', contextOf(climbedTo('lscb-2019', 5)));
    const file = emlFile({ ...draft, subject: `${draft.subject} ${'long words '.repeat(20)}` }, options);
    expect(file).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    const headerLines = lines(file.slice(0, file.indexOf('\r\n\r\n')));
    for (const line of lines(file)) expect(line.length).toBeLessThanOrEqual(998);
    for (const line of headerLines) expect(line.length).toBeLessThanOrEqual(78);
    expect(headerLines.some((line) => line.startsWith(' '))).toBe(true); // the long subject was folded
    expect(file.endsWith('--\r\n')).toBe(true);
    // The date is shown in London time with its offset (BST in May).
    expect(file).toContain('\r\nDate: Fri, 02 May 2025 11:00:00 +0100\r\n');
  });

  test('a non-ASCII subject is RFC 2047-encoded and decodes to the same text', async () => {
    const subject = `[secure] ${HOSTILE.unicode} ${'ü'.repeat(60)}`;
    const file = emlFile({ to: [], subject, body: 'Body' }, options);
    const subjectLines = file.slice(file.indexOf('Subject:'), file.indexOf('\r\nDate:'));
    expect(subjectLines).toMatch(/^Subject: =\?UTF-8\?B\?/);
    expect(subjectLines).not.toMatch(/[^\x20-\x7e\r\n]/);
    expect((await PostalMime.parse(file)).subject).toBe(subject);
  });

  test('a non-ASCII sender name is encoded; an ASCII one with quotes is quoted', async () => {
    const unicode = await PostalMime.parse(
      emlFile(
        { to: [], subject: 's', body: 'b' },
        { ...options, from: { name: 'Seán Ó Briain', email: 'sean@nhs.net' } },
      ),
    );
    expect(unicode.from).toEqual({ name: 'Seán Ó Briain', address: 'sean@nhs.net' });
    const quoted = await PostalMime.parse(
      emlFile(
        { to: [], subject: 's', body: 'b' },
        { ...options, from: { name: 'Shah, Priya "PS"', email: 'p@nhs.net' } },
      ),
    );
    expect(quoted.from).toEqual({ name: 'Shah, Priya "PS"', address: 'p@nhs.net' });
  });

  test('without the practitioner’s address there is no From (Outlook uses the open account)', async () => {
    const { from: _from, ...withoutFrom } = options;
    const email = await PostalMime.parse(emlFile({ to: [], subject: 's', body: 'b' }, withoutFrom));
    expect(email.from).toBeUndefined();
    expect(header(email, 'x-unsent')).toEqual(['1']);
  });
});

describe('hostile text cannot add headers or markup', () => {
  test.each([
    ['subject', { to: [], subject: HOSTILE.headerInjection, body: 'b' }, options],
    ['subject with a bare LF', { to: [], subject: HOSTILE.bareLf, body: 'b' }, options],
    [
      'sender name',
      { to: [], subject: 's', body: 'b' },
      { ...options, from: { name: HOSTILE.headerInjection, email: 'p@nhs.net' } },
    ],
  ])('through the %s', async (_where, draft, emlOptions) => {
    const email = await PostalMime.parse(emlFile(draft, emlOptions));
    expect(header(email, 'bcc')).toEqual([]);
    expect(header(email, 'x-evil')).toEqual([]);
    expect(email.bcc).toBeUndefined();
  });

  test('an address with a line break is refused by name, before anything is written', () => {
    expect(() => emlFile({ to: ['a@b.com\r\nBcc: c@d.com'], subject: 's', body: 'b' }, options)).toThrow(
      /^to\.0: must be an email address/,
    );
    expect(() =>
      emlFile({ to: [], subject: 's', body: 'b' }, { ...options, messageId: 'x>\r\nBcc: y' }),
    ).toThrow(/^messageId: /);
  });

  test('an encoded-word lookalike in the subject is itself encoded, so it reads back literally', async () => {
    const email = await PostalMime.parse(
      emlFile({ to: [], subject: HOSTILE.encodedWordLookalike, body: 'b' }, options),
    );
    expect(email.subject).toBe(HOSTILE.encodedWordLookalike);
  });

  test('markup in the body is text in both parts', async () => {
    const email = await PostalMime.parse(emlFile({ to: [], subject: 's', body: hostileBody }, options));
    expect(email.text).toBe(hostileBody.replace(/\r\n?|\n/g, '\r\n'));
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  test('any subject and body round-trip through postal-mime', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 500 }),
        async (subject, body) => {
          const email = await PostalMime.parse(emlFile({ to: ['a@example.com'], subject, body }, options));
          // A subject is one line: control characters became single spaces, ends trimmed.
          const expectedSubject = subject
            .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
            .replace(/ {2,}/g, ' ')
            .trim();
          expect(email.subject ?? '').toBe(expectedSubject);
          expect(email.text ?? '').toBe(body.replace(/\r\n?|\n/g, '\r\n'));
          expect(header(email, 'x-unsent')).toEqual(['1']);
        },
      ),
      { numRuns: 150 },
    );
  });
});
