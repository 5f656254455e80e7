/**
 * The pieces of RFC 5322 / RFC 2045–2047 a draft message needs: header values that cannot break out of
 * their line, RFC 2047 encoded words for non-ASCII text, folding under 78 characters, and base64 bodies.
 */

export const CRLF = '\r\n';

/** Header text is one line: CR, LF and every other control character become a space. */
export function headerText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const isPrintableAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);

const utf8 = new TextEncoder();

/** Base64 of UTF-8 bytes (works in browsers and Node without Buffer). */
export function base64Utf8(text: string): string {
  const bytes = utf8.encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A body part in base64, in lines of 76 characters (RFC 2045 6.8). */
export function base64Body(text: string): string {
  return (base64Utf8(text).match(/.{1,76}/g) ?? []).join(CRLF);
}

/**
 * RFC 2047 encoded words for `text`, each at most `maxBytes` bytes of UTF-8 before encoding (so each word
 * stays well under the 75-character limit), split only between characters, never inside one.
 */
export function encodedWords(text: string, maxBytes = 39): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    const candidate = chunk + character;
    if (chunk !== '' && utf8.encode(candidate).length > maxBytes) {
      words.push(`=?UTF-8?B?${base64Utf8(chunk)}?=`);
      chunk = character;
    } else {
      chunk = candidate;
    }
  }
  if (chunk !== '') words.push(`=?UTF-8?B?${base64Utf8(chunk)}?=`);
  return words;
}

/**
 * An unstructured header (Subject): plain when it is printable ASCII, else encoded words (RFC 2047), folded
 * with CRLF + space so no line passes 78 characters where a fold point exists.
 */
export function unstructuredHeader(name: string, value: string): string {
  const text = headerText(value);
  // Plain words only when they are printable ASCII, cannot be mistaken for an encoded word, and each fits
  // on a line (RFC 5322 2.1.1: no line longer than 998 characters, whatever the subject).
  const plain =
    isPrintableAscii(text) && !/=\?/.test(text) && text.split(' ').every((word) => word.length <= 70);
  const words = plain ? text.split(' ') : encodedWords(text);
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > 78 && line !== `${name}:`) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** A display name as a quoted string, or as encoded words when it is not ASCII. */
export function displayName(name: string): string {
  const text = headerText(name);
  if (text === '') return '';
  if (!isPrintableAscii(text) || /=\?/.test(text)) return encodedWords(text).join(' ');
  return `"${text.replace(/(["\\])/g, '\\$1')}"`;
}

/** An address header: one address per line after the first, folded with CRLF + space. */
export function addressHeader(name: string, mailboxes: readonly { name?: string; email: string }[]): string {
  const rendered = mailboxes.map(({ name: who, email }) => {
    const shown = who === undefined ? '' : displayName(who);
    return shown === '' ? email : `${shown} <${email}>`;
  });
  return `${name}: ${rendered.join(`,${CRLF} `)}`;
}
