import { z } from 'zod';

/** UK nations by GOV.UK's bank-holiday division names: each has its own bank holidays. */
export type Nation = 'england-and-wales' | 'scotland' | 'northern-ireland';

export const NATIONS: readonly Nation[] = Object.freeze([
  'england-and-wales',
  'scotland',
  'northern-ireland',
]);

export const nationSchema = z.enum(['england-and-wales', 'scotland', 'northern-ireland'], {
  error: () => `expected one of ${NATIONS.join(', ')}`,
});

/** @throws RangeError when the value is not one of NATIONS. */
export function assertNation(value: unknown, field = 'nation'): asserts value is Nation {
  if (!NATIONS.includes(value as Nation)) {
    throw new RangeError(
      `${field}: '${String(value)}' is not a nation; expected one of ${NATIONS.join(', ')}`,
    );
  }
}
