import { JSDOM } from 'jsdom';
import { buildTextIndex, rangeFromOffsets } from '../../../lib/capture/text-index';

/** A parsed page for DOM tests; the URL matters to adapters, nothing else. */
export function page(bodyHtml: string, url = 'http://127.0.0.1:4173/'): Document {
  return new JSDOM(`<!doctype html><html><head><title>Case</title></head><body>${bodyHtml}</body></html>`, {
    url,
  }).window.document;
}

/** One window for generated pages: a new JSDOM per property-test run would take most of the run's time. */
const generator = new JSDOM('').window.document;

/** A page whose body text is `text`, split into elements at the given cut points (for property tests). */
export function pageFromText(text: string, cuts: number[] = []): Document {
  const doc = generator.implementation.createHTMLDocument('Case');
  const points = [...new Set(cuts.map((cut) => Math.min(Math.max(cut, 0), text.length)))].sort(
    (a, b) => a - b,
  );
  let from = 0;
  const tags = ['p', 'span', 'b', 'div'];
  for (const [i, to] of [...points, text.length].entries()) {
    if (to <= from && i < points.length) continue;
    const element = doc.createElement(tags[i % tags.length]!);
    element.textContent = text.slice(from, to);
    doc.body.appendChild(element);
    from = to;
  }
  return doc;
}

/** A Range over body text offsets [start, end). */
export function rangeAt(doc: Document, start: number, end: number): Range {
  const range = rangeFromOffsets(buildTextIndex(doc.body), start, end);
  if (!range) throw new Error(`No range at ${start}..${end}`);
  return range;
}

/** The range of the first occurrence of `quote` in the body text. */
export function rangeOf(doc: Document, quote: string): Range {
  const start = buildTextIndex(doc.body).text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not on the page`);
  return rangeAt(doc, start, start + quote.length);
}
