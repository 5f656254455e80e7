import { parseEmailDraft } from './draft-types';

/**
 * The draft as rich text for the clipboard (and the HTML part of the .eml file). Everything in it came from
 * a case page or was typed, so every character is escaped: a quote that reads `<img onerror=…>` stays those
 * characters on screen. Blank lines make paragraphs, "- " lines make a list, single line breaks stay.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  // Control characters other than tab and line breaks have no place in an email and are dropped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function blockHtml(block: string): string {
  const lines = block.split('\n');
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) html.push(`<p>${paragraph.join('<br>')}</p>`);
    if (list.length > 0) html.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    paragraph = [];
    list = [];
  };
  for (const line of lines) {
    const item = /^\s*[-•]\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length > 0) flush();
      list.push(escapeHtml(item[1] as string));
    } else {
      if (list.length > 0) flush();
      paragraph.push(escapeHtml(line));
    }
  }
  flush();
  return html.join('');
}

/** The body as an HTML fragment: paragraphs and lists, all text escaped, no links, no attributes from input. */
export function richTextHtml(draft: unknown): string {
  const { body } = parseEmailDraft(draft);
  const blocks = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
  return `<div style="font-family: Arial, sans-serif; font-size: 11pt">${blocks.map(blockHtml).join('')}</div>`;
}

/** What "copy" puts on the clipboard: the plain body and its rich-text twin. */
export function clipboardContent(draft: unknown): { 'text/plain': string; 'text/html': string } {
  const { body } = parseEmailDraft(draft);
  return { 'text/plain': body.replace(/\r\n?/g, '\n'), 'text/html': richTextHtml(draft) };
}
