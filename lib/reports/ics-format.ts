/**
 * The text rules of iCalendar (RFC 5545): CRLF line ends, TEXT escaping (3.3.11), line folding at 75
 * octets (3.1) without splitting a UTF-8 character, and UTC date-times (3.3.5, form #2).
 */

export const CRLF = '\r\n';
const MAX_OCTETS = 75;
const utf8 = new TextEncoder();

/** TEXT value: backslash, semicolon and comma escaped, any line break as \n, other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/[\u0000-\u001f\u007f]/g, '');
}

/** A content line folded so no line is over 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8.encode(character).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ` ${character}`;
      octets = 1 + size;
    } else {
      current += character;
      octets += size;
    }
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** '2025-05-02T16:00:00.000Z' -> '20250502T160000Z'. */
export function utcDateTime(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`instant: expected a valid date, got ${String(instant)}`);
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Lines joined with CRLF, each folded, with the CRLF the last line also needs. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join(CRLF)}${CRLF}`;
}
