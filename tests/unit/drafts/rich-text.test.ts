import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { clipboardContent, richTextHtml } from '../../../lib/drafts';
import { HOSTILE, hostileBody } from './hostile-text';

/** Parses the fragment as a browser would and lists what it built. */
function parsed(html: string) {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const elements = [...document.body.querySelectorAll('*')];
  return {
    document,
    tags: new Set(elements.map((element) => element.tagName.toLowerCase())),
    attributes: elements.flatMap((element) => [...element.attributes].map((attribute) => attribute.name)),
    text: document.body.textContent ?? '',
  };
}

describe('rich text for the clipboard', () => {
  test('paragraphs, line breaks and lists from the plain text', () => {
    const html = richTextHtml({
      to: [],
      subject: 's',
      body: 'Dear colleague,\n\nWhat we agreed\n- one\n- two\nAfter\n\nKind regards,\n\nPriya',
    });
    expect(html).toBe(
      '<div style="font-family: Arial, sans-serif; font-size: 11pt"><p>Dear colleague,</p><p>What we agreed</p><ul><li>one</li><li>two</li></ul><p>After</p><p>Kind regards,</p><p>Priya</p></div>',
    );
  });

  test('hostile text builds no element and no attribute: it stays the characters it was', () => {
    const { tags, attributes, text, document } = parsed(
      richTextHtml({ to: [], subject: 's', body: hostileBody }),
    );
    expect([...tags].sort()).toEqual(['br', 'div', 'p']);
    expect(attributes).toEqual(['style']);
    expect(document.querySelector('script, img, a, [onerror], [onmouseover]')).toBeNull();
    for (const value of [HOSTILE.script, HOSTILE.image, HOSTILE.link, HOSTILE.attribute, HOSTILE.unicode]) {
      expect(text).toContain(value);
    }
  });

  test.each(Object.entries(HOSTILE))('%s as a list item is escaped too', (_name, value) => {
    const { tags, attributes } = parsed(richTextHtml({ to: [], subject: 's', body: `- ${value}` }));
    expect([...tags].every((tag) => ['div', 'ul', 'li', 'p', 'br'].includes(tag))).toBe(true);
    expect(attributes).toEqual(['style']);
  });

  test('the clipboard gets the plain body and its rich twin', () => {
    const content = clipboardContent({ to: [], subject: 's', body: 'a\r\nb <b>' });
    expect(content['text/plain']).toBe('a\nb <b>');
    expect(content['text/html']).toContain('<p>a<br>b &lt;b&gt;</p>');
  });

  test('an invalid draft is refused by field', () => {
    expect(() => richTextHtml({ to: [], subject: 's', body: 'x'.repeat(100_001) })).toThrow(
      /^body: must be at most 100000/,
    );
  });
});
