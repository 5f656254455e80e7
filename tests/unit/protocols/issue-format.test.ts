import { describe, expect, test } from 'vitest';
import { z } from 'zod';

import { formatIssues, formatPath, timeframeSchema } from '../../../lib/protocols';

describe('formatPath', () => {
  test.each<[PropertyKey[], string]>([
    [[], 'file'],
    [['name'], 'name'],
    [['stages', 2, 'timeframe', 'days'], 'stages[2].timeframe.days'],
    [['covers', 0], 'covers[0]'],
    [[3], '[3]'],
    [['stages', 0, 'time frame'], 'stages[0]["time frame"]'],
    [[''], '[""]'],
    [['a.b'], '["a.b"]'],
  ])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('formatIssues', () => {
  function linesFor(schema: z.ZodType, input: unknown): string[] {
    const result = schema.safeParse(input, { reportInput: true });
    return result.success ? [] : formatIssues(result.error.issues);
  }

  test.each<[string, z.ZodType, unknown, string[]]>([
    ['a missing field', z.object({ a: z.string() }), {}, ['a: is required']],
    ['a wrong type', z.object({ a: z.string() }), { a: true }, ['a: must be text (got true)']],
    ['a number for a list', z.object({ a: z.array(z.string()) }), { a: 1 }, ['a: must be a list (got 1)']],
    [
      'an object for a number',
      z.object({ a: z.number() }),
      { a: {} },
      ['a: must be a number (got an object)'],
    ],
    [
      'an unknown option',
      z.object({ a: z.enum(['x', 'y']) }),
      { a: 'z' },
      ['a: must be one of "x", "y" (got "z")'],
    ],
    [
      'a short list',
      z.object({ a: z.array(z.number()).min(2) }),
      { a: [1] },
      ['a: must have at least 2 items (got a list of 1)'],
    ],
    [
      'a long text',
      z.object({ a: z.string().max(2) }),
      { a: 'abc' },
      ['a: must be at most 2 characters long (got "abc")'],
    ],
    ['a big number', z.object({ a: z.number().max(2) }), { a: 3 }, ['a: must be at most 2 (got 3)']],
    [
      'two unknown keys',
      z.strictObject({ a: z.number() }),
      { a: 1, b: 2, 'c d': 3 },
      [
        'b: is not a recognised field (check the spelling)',
        '["c d"]: is not a recognised field (check the spelling)',
      ],
    ],
    [
      'a timeframe with no kind',
      timeframeSchema,
      {},
      ['kind: is required, one of "working-days", "set-by-escalator", "as-soon-as-possible", "none"'],
    ],
    [
      'a timeframe that is a list',
      z.object({ t: timeframeSchema }),
      { t: [] },
      ['t: must be an object (got an empty list)'],
    ],
  ])('%s', (_name, schema, input, expected) => {
    expect(linesFor(schema, input)).toEqual(expected);
  });

  test('shortens a long value it quotes', () => {
    const [line] = linesFor(z.object({ a: z.enum(['x']) }), { a: 'y'.repeat(500) });
    expect(line).toBe(`a: must be one of "x" (got "${'y'.repeat(60)}…")`);
  });
});

describe('a value at the top level', () => {
  test.each<[unknown, string]>([
    ['5', 'file: must be a number (got "5")'],
    [undefined, 'file: is required'],
  ])('%j is reported against the file', (input, expected) => {
    const result = z.number().safeParse(input, { reportInput: true });
    expect(result.success ? [] : formatIssues(result.error.issues)).toEqual([expected]);
  });
});
