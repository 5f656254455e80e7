import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorQuote, describeRange, MAX_ERROR_RATIO } from '../../../lib/capture/text-quote';
import { editDistance } from '../../../lib/capture/approximate-match';
import { buildTextIndex, textOffsetOf } from '../../../lib/capture/text-index';
import { pageFromText, rangeAt } from './dom-fixture';

/** Page text: a small alphabet with whitespace, so duplicates and reflowed runs are common. */
const pageText = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', ' ', '\n', '.', 'é'), maxLength });
/** Quote text uses letters the page text never does, so the quote is unique on the page. */
const uniqueQuote = fc
  .string({ unit: fc.constantFrom('x', 'y', 'z', ' '), minLength: 1, maxLength: 60 })
  .filter((quote) => /[xyz]/.test(quote));
const cuts = fc.array(fc.nat({ max: 400 }), { maxLength: 8 });

function offsetsOf(range: Range, root: Element): [number, number] {
  const index = buildTextIndex(root);
  return [
    textOffsetOf(index, range.startContainer, range.startOffset),
    textOffsetOf(index, range.endContainer, range.endOffset),
  ];
}

describe('anchoring invariants', () => {
  test('any range described on a page anchors on the same page to a range with identical text', () => {
    fc.assert(
      fc.property(pageText(300), cuts, fc.nat(), fc.nat(), (text, cutPoints, a, b) => {
        const doc = pageFromText(text, cutPoints);
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const anchor = describeRange(rangeAt(doc, start, end), doc.body);
        expect(anchor.quote).toBe(text.slice(start, end));
        const anchored = anchorQuote(anchor, doc.body);
        if (anchor.quote === '') expect(anchored).toBeNull();
        else expect(anchored?.toString()).toBe(anchor.quote);
      }),
      { numRuns: 300 },
    );
  });

  const pageWithQuote = fc.record({
    before: pageText(200),
    quote: uniqueQuote,
    after: pageText(200),
    cutPoints: cuts,
  });

  test('a small edit outside the quote does not lose it, nor move it anywhere but where the text moved', () => {
    const edit = fc.record({
      at: fc.nat(),
      removed: fc.nat({ max: 3 }),
      inserted: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 3 }),
      inBefore: fc.boolean(),
    });
    fc.assert(
      fc.property(pageWithQuote, edit, ({ before, quote, after, cutPoints }, change) => {
        const original = pageFromText(before + quote + after, cutPoints);
        const anchor = describeRange(
          rangeAt(original, before.length, before.length + quote.length),
          original.body,
        );

        const splice = (s: string) => {
          const at = change.at % (s.length + 1);
          return s.slice(0, at) + change.inserted + s.slice(at + change.removed);
        };
        const newBefore = change.inBefore ? splice(before) : before;
        const newAfter = change.inBefore ? after : splice(after);
        const edited = pageFromText(newBefore + quote + newAfter, cutPoints);

        const anchored = anchorQuote(anchor, edited.body);
        expect(anchored?.toString()).toBe(quote);
        expect(offsetsOf(anchored!, edited.body)).toEqual([
          newBefore.length,
          newBefore.length + quote.length,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  test('a few characters changed inside a long enough quote still anchor at its place', () => {
    const longQuote = fc
      .string({ unit: fc.constantFrom('x', 'y', 'z', 'w', ' '), minLength: 20, maxLength: 120 })
      .filter((quote) => /^[xyzw]/.test(quote) && /[xyzw]$/.test(quote));
    fc.assert(
      fc.property(
        fc.record({ before: pageText(200), quote: longQuote, after: pageText(200), cutPoints: cuts }),
        fc.array(fc.record({ at: fc.nat(), replacement: fc.constantFrom('x', 'y', 'q', '') }), {
          maxLength: 4,
        }),
        ({ before, quote, after, cutPoints }, changes) => {
          const original = pageFromText(before + quote + after, cutPoints);
          const anchor = describeRange(
            rangeAt(original, before.length, before.length + quote.length),
            original.body,
          );
          // Change characters strictly inside the quote (the ends stay, so the place is unambiguous), no
          // more than the error budget: 15 % of the quote, both compared with whitespace runs collapsed.
          let changed = quote;
          for (const { at, replacement } of changes) {
            const i = 1 + (at % (changed.length - 2));
            changed = changed.slice(0, i) + replacement + changed.slice(i + 1);
          }
          const collapse = (s: string) => s.replace(/\s+/g, ' ');
          const budget = Math.floor(collapse(quote).length * MAX_ERROR_RATIO);
          fc.pre(editDistance(collapse(quote), collapse(changed)) <= budget);
          const edited = pageFromText(before + changed + after, cutPoints);
          const anchored = anchorQuote(anchor, edited.body);
          expect(anchored).not.toBeNull();
          const [start, end] = offsetsOf(anchored!, edited.body);
          // Within the error budget of the true place (edits at the ends may shift the alignment).
          expect(Math.abs(start - before.length)).toBeLessThanOrEqual(3);
          expect(Math.abs(end - (before.length + changed.length))).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('once the quote is deleted, it anchors nowhere', () => {
    fc.assert(
      fc.property(pageWithQuote, ({ before, quote, after, cutPoints }) => {
        const original = pageFromText(before + quote + after, cutPoints);
        const anchor = describeRange(
          rangeAt(original, before.length, before.length + quote.length),
          original.body,
        );
        const edited = pageFromText(before + after, cutPoints);
        expect(anchorQuote(anchor, edited.body)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
