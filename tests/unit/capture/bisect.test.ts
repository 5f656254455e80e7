import fc from 'fast-check';
import { expect, test } from 'vitest';
import { firstReached } from '../../../lib/capture/bisect';

test('firstReached finds where a sorted predicate turns true, with few calls', () => {
  fc.assert(
    fc.property(fc.nat(200), fc.nat(220), (length, turn) => {
      const calls: number[] = [];
      const found = firstReached(length, (i) => {
        calls.push(i);
        return i >= turn;
      });
      expect(found).toBe(Math.min(turn, length));
      expect(calls.every((i) => i >= 0 && i < length)).toBe(true);
      expect(calls.length).toBeLessThanOrEqual(Math.ceil(Math.log2(length + 1)));
    }),
  );
});
