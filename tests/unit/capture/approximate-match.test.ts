import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDistance, findMatchStart, searchApproximate } from '../../../lib/capture/approximate-match';

/** Reference: the smallest edit distance of `pattern` to any substring of `text` ending at each end. */
function bestDistancePerEnd(text: string, pattern: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const result: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next[i] = Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + cost);
    }
    column = next;
    result.push(column[pattern.length]!);
  }
  return result;
}

describe('searchApproximate', () => {
  test.each([
    ['exact', 'the decision was made', 'decision', 0, 'decision'],
    ['one substitution', 'the decisoon was made', 'decision', 1, 'decisoon'],
    ['one insertion', 'the deciSsion was made', 'decision', 1, 'deciSsion'],
    ['one deletion', 'the decison was made', 'decision', 1, 'decison'],
  ])('%s', (_name, text, pattern, maxErrors, found) => {
    const [match] = searchApproximate(text, pattern, maxErrors);
    expect(match).toBeDefined();
    const start = findMatchStart(text, pattern, match!.end, match!.errors);
    expect(text.slice(start, match!.end)).toBe(found);
    expect(match!.errors).toBe(maxErrors);
  });

  test('finds nothing beyond the error budget', () => {
    expect(searchApproximate('the outcome was recorded', 'decision', 2)).toEqual([]);
  });

  test('patterns longer than one 32-bit block agree with the textbook dynamic programme', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 0, maxLength: 120 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 80 }),
        fc.nat({ max: 20 }),
        (text, pattern, maxErrors) => {
          const reference = bestDistancePerEnd(text, pattern);
          const found = searchApproximate(text, pattern, maxErrors);
          // Every reported end is a real match with the reported distance ...
          for (const { end, errors } of found) expect(reference[end - 1]).toBe(errors);
          // ... and exactly the ends with the smallest distance of each run of adjacent matching ends.
          const expected: number[] = [];
          for (let end = 1; end <= text.length;) {
            if (reference[end - 1]! > maxErrors) {
              end++;
              continue;
            }
            const runStart = end;
            while (end <= text.length && reference[end - 1]! <= maxErrors) end++;
            const run = reference.slice(runStart - 1, end - 1);
            const best = Math.min(...run);
            run.forEach((d, i) => d === best && expected.push(runStart + i));
          }
          expect(found.map((match) => match.end)).toEqual(expected);
          for (const { end, errors } of found) {
            const start = findMatchStart(text, pattern, end, errors);
            expect(editDistance(text.slice(start, end), pattern)).toBe(errors);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['Outcome:', 'Outcome :', 1],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  test('equals the textbook Levenshtein table, both ways round, across 32-character blocks', () => {
    const levenshtein = (a: string, b: string) => {
      let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
        }
        previous = current;
      }
      return previous[b.length]!;
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: 80 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistance(a, b)).toBe(levenshtein(a, b));
        expect(editDistance(b, a)).toBe(levenshtein(a, b));
      }),
      { numRuns: 500 },
    );
  });
});
