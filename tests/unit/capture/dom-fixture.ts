import { JSDOM } from 'jsdom';
import { buildTextIndex, rangeFromOffsets } from '../../../lib/capture/text-index';

/**
 * jsdom has no layout and no Range.getBoundingClientRect (every browser has it); give its ranges the
 * all-zero rect a browser gives a range that is not rendered, rather than carry a fallback in lib/.
 */
export function withoutLayout(dom: JSDOM): Document {
  const rangeClass = dom.window.Range.prototype;
  rangeClass.getBoundingClientRect ??= () => {
    const rect = { x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0 };
    return { ...rect, toJSON: () => rect } as DOMRect;
  };
  return dom.window.document;
}

/** A parsed page for DOM tests; the URL matters to adapters, nothing else. */
export function page(bodyHtml: string, url = 'http://127.0.0.1:4173/'): Document {
  return withoutLayout(
    new JSDOM(`<!doctype html><html><head><title>Case</title></head><body>${bodyHtml}</body></html>`, {
      url,
    }),
  );
}

/** One window for generated pages: a new JSDOM per property-test run would take most of the run's time. */
const generator = withoutLayout(new JSDOM(''));

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
