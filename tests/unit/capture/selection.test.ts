import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { MAX_QUOTE_LENGTH, selectionQuote } from '../../../lib/capture/selection';
import { withoutLayout } from './dom-fixture';

function pageWithSelection(bodyHtml: string) {
  const dom = new JSDOM(`<!doctype html><body>${bodyHtml}</body>`, { url: 'http://127.0.0.1:4173/' });
  const doc = withoutLayout(dom);
  const selection = dom.window.getSelection()!;
  const select = (node: Node, start: number, endNode: Node = node, end?: number) => {
    const range = doc.createRange();
    range.setStart(node, start);
    range.setEnd(
      endNode,
      end ?? (endNode.nodeType === 3 ? (endNode as Text).length : endNode.childNodes.length),
    );
    selection.removeAllRanges();
    selection.addRange(range);
  };
  return { doc, selection, select };
}

describe('selectionQuote', () => {
  test('describes a selected sentence, with a rect (all zero without layout)', () => {
    const { doc, selection, select } = pageWithSelection(
      '<p>Decision: <b>no further action</b>, case closed.</p>',
    );
    const p = doc.querySelector('p')!;
    select(p.firstChild!, 10, p.lastChild!, 13);
    const result = selectionQuote(selection, doc.body)!;
    expect(result.anchor).toEqual({
      quote: 'no further action, case closed',
      prefix: 'Decision: ',
      suffix: '.',
      position: { start: 10, end: 40 },
    });
    expect([result.rect.width, result.rect.height, result.rect.top, result.rect.left]).toEqual([0, 0, 0, 0]);
  });

  test('nothing selected', () => {
    const { doc, selection } = pageWithSelection('<p>Decision</p>');
    expect(selectionQuote(selection, doc.body)).toBeNull();
  });

  test.each([
    [
      'a collapsed selection',
      '<p>Decision</p>',
      (doc: Document) =>
        [doc.querySelector('p')!.firstChild!, 3, doc.querySelector('p')!.firstChild!, 3] as const,
    ],
    [
      'only whitespace',
      '<p>Decision</p>\n   \n<p>Outcome</p>',
      (doc: Document) => [doc.body, 1, doc.body, 2] as const,
    ],
    [
      'text inside the extension’s own UI',
      '<p>Decision</p><div data-challenge-companion><span>Challenge this</span></div>',
      (doc: Document) =>
        [doc.querySelector('span')!.firstChild!, 0, doc.querySelector('span')!.firstChild!, 9] as const,
    ],
    [
      'a selection ending in the extension’s own UI',
      '<p>Decision</p><div data-challenge-companion><span>Challenge this</span></div>',
      (doc: Document) =>
        [doc.querySelector('p')!.firstChild!, 0, doc.querySelector('span')!.firstChild!, 9] as const,
    ],
    [
      'text inside a textarea',
      '<textarea>Decision: NFA</textarea>',
      (doc: Document) => [doc.querySelector('textarea')!, 0, doc.querySelector('textarea')!, 1] as const,
    ],
  ])('ignores %s', (_name, html, at) => {
    const { doc, selection, select } = pageWithSelection(html);
    const [startNode, start, endNode, end] = at(doc);
    select(startNode, start, endNode, end);
    expect(selectionQuote(selection, doc.body)).toBeNull();
  });

  test('ignores a selection inside a focused input (reported by the field, not the document)', () => {
    const { doc, selection, select } = pageWithSelection('<p>Decision</p><input value="Decision: NFA">');
    const input = doc.querySelector('input')!;
    input.focus();
    input.setSelectionRange(0, 8);
    select(doc.querySelector('p')!.firstChild!, 0);
    expect(selectionQuote(selection, doc.body)).toBeNull();
  });

  test('ignores a selection outside the given root', () => {
    const { doc, selection, select } = pageWithSelection(
      '<header>Case CR-1</header><main><p>Decision</p></main>',
    );
    select(doc.querySelector('header')!.firstChild!, 0);
    expect(selectionQuote(selection, doc.querySelector('main')!)).toBeNull();
  });

  test(`cuts a longer selection to ${MAX_QUOTE_LENGTH} characters`, () => {
    const long = 'The child was seen at home. '.repeat(400);
    const { doc, selection, select } = pageWithSelection(`<p>${long}</p><p>Outcome</p>`);
    select(doc.body, 0, doc.body, 2);
    const { anchor } = selectionQuote(selection, doc.body)!;
    expect(anchor.quote).toBe(long.slice(0, MAX_QUOTE_LENGTH));
    expect(anchor.position).toEqual({ start: 0, end: MAX_QUOTE_LENGTH });
    expect(anchor.suffix).toBe(long.slice(MAX_QUOTE_LENGTH, MAX_QUOTE_LENGTH + 32));
  });
});
