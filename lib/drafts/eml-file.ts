import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { z } from 'zod';
import { LONDON_TIME_ZONE } from '../calendar';
import { describeDraftIssues, emailDraftSchema } from './draft-types';
import { addressHeader, base64Body, CRLF, unstructuredHeader } from './mime-encoding';
import { richTextHtml } from './rich-text';

/**
 * The draft as an .eml file (RFC 5322, MIME, UTF-8, CRLF line ends) that Outlook opens as an unsent draft
 * because of `X-Unsent: 1`. The body goes as multipart/alternative: the plain text the practitioner wrote,
 * and the same text as escaped HTML so Outlook shows paragraphs and lists. Header values can never start a
 * new header: control characters in them become spaces, addresses are validated, other text is quoted or
 * RFC 2047-encoded.
 */

export const emlOptionsSchema = z.object({
  /** Omitted when the practitioner has not given their address: Outlook then sends from the open account. */
  from: z
    .object({ name: z.string().max(200), email: z.email('must be an email address').max(254) })
    .optional(),
  date: z.date().refine((date) => !Number.isNaN(date.getTime()), 'must be a valid date'),
  /** e.g. "3f1c…@challenge-companion.invalid", with or without the angle brackets. */
  messageId: z
    .string()
    .regex(
      /^<?[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+>?$/,
      'must look like "unique-part@domain" with no spaces or brackets inside',
    ),
});
export type EmlOptions = z.infer<typeof emlOptionsSchema>;

/** RFC 5322 3.3 date-time, in London time with its offset: "Fri, 02 May 2025 11:00:00 +0100". */
export function rfc5322Date(date: Date): string {
  return format(new TZDate(date.getTime(), LONDON_TIME_ZONE), 'EEE, dd MMM yyyy HH:mm:ss xx');
}

/** A boundary no base64 line can contain: base64 has neither "=_" nor ".". */
const BOUNDARY = '=_challenge-companion.alternative';

function htmlDocument(fragment: string): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>${fragment}</body></html>\n`;
}

/** @throws RangeError naming the field when the draft or the options are invalid. */
export function emlFile(draft: unknown, options: EmlOptions): string {
  const parsedDraft = emailDraftSchema.safeParse(draft);
  if (!parsedDraft.success) throw new RangeError(describeDraftIssues(parsedDraft.error));
  const parsedOptions = emlOptionsSchema.safeParse(options);
  if (!parsedOptions.success) throw new RangeError(describeDraftIssues(parsedOptions.error));
  const { to, subject, body } = parsedDraft.data;
  const { from, date, messageId } = parsedOptions.data;
  const plain = body.replace(/\r\n?/g, '\n').replace(/\n/g, CRLF);
  const headers = [
    ...(from === undefined ? [] : [addressHeader('From', [from])]),
    ...(to.length === 0
      ? []
      : [
          addressHeader(
            'To',
            to.map((email) => ({ email })),
          ),
        ]),
    unstructuredHeader('Subject', subject),
    `Date: ${rfc5322Date(date)}`,
    `Message-ID: <${messageId.replace(/^<|>$/g, '')}>`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/alternative;${CRLF} boundary="${BOUNDARY}"`,
  ];
  const part = (type: string, text: string) =>
    [
      `--${BOUNDARY}`,
      `Content-Type: ${type}; charset=UTF-8`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Body(text),
    ].join(CRLF);
  return [
    ...headers,
    '',
    part('text/plain', plain),
    part('text/html', htmlDocument(richTextHtml(parsedDraft.data))),
    `--${BOUNDARY}--`,
    '',
  ].join(CRLF);
}
