import { describe, expect, test } from 'vitest';
import { HIGHLIGHT_ATTRIBUTE, highlightRange } from '../../../lib/capture/highlight';
import { anchorQuote, describeRange } from '../../../lib/capture/text-quote';
import { page, rangeOf } from './dom-fixture';

const RECORD =
  '<p id="d">Decision: <strong>no further action</strong>, case closed.</p>' +
  '<table><tbody>\n<tr><td>Outcome</td>\n<td>Closed &lt;b&gt;today&lt;/b&gt;</td></tr>\n</tbody></table>' +
  '<script>var s = "Decision";</script>';

const marks = (doc: Document) => [...doc.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}]`)];

describe('highlightRange', () => {
  test.each([
    ['inside one text node', 'further', ['further']],
    ['across elements', 'Decision: no further action, case', ['Decision: ', 'no further action', ', case']],
    ['a whole text node', 'no further action', ['no further action']],
    ['across table cells, skipping whitespace between rows', 'Outcome\nClosed', ['Outcome', 'Closed']],
  ])('wraps the text %s, and nothing else', (_name, quote, expectedMarks) => {
    const doc = page(RECORD);
    const before = doc.body.textContent;
    highlightRange(rangeOf(doc, quote), doc);
    expect(marks(doc).map((mark) => mark.textContent)).toEqual(expectedMarks);
    expect(doc.body.textContent).toBe(before);
  });

  test('page text that looks like markup stays text inside the mark', () => {
    const doc = page(RECORD);
    highlightRange(rangeOf(doc, 'Closed <b>today</b>'), doc);
    const [mark] = marks(doc);
    expect(mark!.children).toHaveLength(0);
    expect(doc.querySelector('td b')).toBeNull();
  });

  test('removing the highlight restores the page exactly, with the same text nodes', () => {
    const doc = page(RECORD);
    const html = doc.body.innerHTML;
    const strong = doc.querySelector('strong')!;
    const originalNode = strong.firstChild;
    const remove = highlightRange(rangeOf(doc, 'further act'), doc);
    expect(strong.childNodes.length).toBe(3);
    remove();
    expect(doc.body.innerHTML).toBe(html);
    expect(strong.childNodes.length).toBe(1);
    expect(strong.firstChild).toBe(originalNode);
    remove();
    expect(doc.body.innerHTML).toBe(html);
  });

  test('a highlighted quote still anchors, and the extension’s marks do not shift positions', () => {
    const doc = page(RECORD);
    const anchor = describeRange(rangeOf(doc, 'no further action, case closed'), doc.body);
    highlightRange(rangeOf(doc, 'Decision: no further'), doc);
    const again = describeRange(anchorQuote(anchor, doc.body)!, doc.body);
    expect(again).toEqual(anchor);
  });

  test('does not wrap script text inside the range', () => {
    const doc = page('<p>Before</p><script>var hidden = 1;</script><p>After</p>');
    const range = doc.createRange();
    range.setStart(doc.body, 0);
    range.setEnd(doc.body, doc.body.childNodes.length);
    highlightRange(range, doc);
    expect(marks(doc).map((mark) => mark.textContent)).toEqual(['Before', 'After']);
  });
});
