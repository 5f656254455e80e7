import { describe, expect, test } from 'vitest';
import { buildTextIndex, rangeFromOffsets, textOffsetOf } from '../../../lib/capture/text-index';
import { page } from './dom-fixture';

const HTML =
  '<h1>Case CR-1</h1><script>var secret = 1;</script><style>p{}</style><noscript>Enable JS</noscript>' +
  '<p>Decision: <b>no further</b> action.</p>' +
  '<div data-challenge-companion><p>Challenge this</p></div>' +
  '<p>Closed<mark data-challenge-companion-highlight>.</mark></p>';

describe('buildTextIndex', () => {
  test('keeps page prose and skips scripts, styles, noscript and the extension host element', () => {
    const index = buildTextIndex(page(HTML).body);
    expect(index.text).toBe('Case CR-1Decision: no further action.Closed.');
    expect(index.nodes.map((n) => index.text.slice(n.start, n.end))).toEqual([
      'Case CR-1',
      'Decision: ',
      'no further',
      ' action.',
      'Closed',
      '.',
    ]);
  });
});

describe('textOffsetOf', () => {
  const doc = page(HTML);
  const index = buildTextIndex(doc.body);
  const paragraph = doc.querySelector('p')!;
  const bold = doc.querySelector('b')!;
  const host = doc.querySelector('[data-challenge-companion]')!;
  const script = doc.querySelector('script')!;

  test.each([
    ['inside a text node', () => [bold.firstChild!, 3] as const, 22],
    ['before an element child', () => [paragraph, 1] as const, 19],
    ['after the last child of an element', () => [paragraph, 3] as const, 37],
    ['at the start of the body', () => [doc.body, 0] as const, 0],
    ['at the end of the body', () => [doc.body, doc.body.childNodes.length] as const, 44],
    ['inside a skipped script (next indexed character)', () => [script.firstChild!, 4] as const, 9],
    ['inside the extension host element', () => [host.querySelector('p')!.firstChild!, 2] as const, 37],
  ])('%s', (_name, point, expected) => {
    const [container, offset] = point();
    expect(textOffsetOf(index, container, offset)).toBe(expected);
  });
});

describe('rangeFromOffsets', () => {
  const doc = page(HTML);
  const index = buildTextIndex(doc.body);

  test.each([
    [9, 37, 'Decision: no further action.'],
    [19, 29, 'no further'],
    [37, 44, 'Closed.'],
    [0, 0, ''],
  ])('%i..%i covers %j', (start, end, text) => {
    const range = rangeFromOffsets(index, start, end)!;
    expect(range.toString()).toBe(text);
  });

  test('a range ending where a node ends stays in that node', () => {
    const range = rangeFromOffsets(index, 19, 29)!;
    expect(range.startContainer).toBe(doc.querySelector('b')!.firstChild);
    expect(range.endContainer).toBe(doc.querySelector('b')!.firstChild);
  });

  test.each([
    [-1, 2],
    [3, 2],
    [0, 45],
  ])('refuses %i..%i', (start, end) => {
    expect(rangeFromOffsets(index, start, end)).toBeNull();
  });
});
