import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { parseProtocolFile, protocolSchema, type ProtocolFileResult } from '../../../lib/protocols';
import { readProtocolFixture, validCustomProtocol } from './protocol-fixtures';

/**
 * Whatever a partnership's file contains, import either accepts a protocol that keeps every rule of the
 * schema, or rejects the file with at least one "field: problem" line. It never throws.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in the document a mutation can reach, the root included. */
function allPaths(value: Json, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => allPaths(item, [...path, i])));
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([key, item]) => allPaths(item, [...path, key])));
  }
  return here;
}

type Mutation =
  | { op: 'replace'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'add-key'; at: number; key: string; value: Json }
  | { op: 'duplicate'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string(), fc.constantFrom('id', 'number', 'days', 'kind', '__proto__', 'constructor')),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  // Small, plausible edits find the cross-field rules more often than random JSON does.
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.integer({ min: -2, max: 8 }),
      fc.constantFrom<Json>('', 'threshold-decisions', 'none', 1.5, [], {}),
    ),
  }),
);

function apply(doc: Json, mutation: Mutation): Json {
  const paths = allPaths(doc);
  const path = paths[mutation.at % paths.length]!;
  if (path.length === 0) {
    return mutation.op === 'replace' ? mutation.value : doc;
  }
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, doc) as
    Json[] | Record<string, Json>;
  const key = path[path.length - 1]!;
  const target = (parent as Record<string | number, Json>)[key]!;
  switch (mutation.op) {
    case 'replace':
      (parent as Record<string | number, Json>)[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'add-key':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, mutation.key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(target));
      break;
  }
  return doc;
}

function expectWellFormed(result: ProtocolFileResult): void {
  if (result.ok) {
    // An accepted file must still satisfy every rule, the cross-field ones included.
    expect(protocolSchema.safeParse(result.protocol).success).toBe(true);
    const { stages, reportingThresholdStage, areasOfDisagreement } = result.protocol;
    expect(stages.map((s) => s.number)).toEqual(stages.map((_, i) => i + 1));
    expect(reportingThresholdStage).toBeGreaterThanOrEqual(1);
    expect(reportingThresholdStage).toBeLessThanOrEqual(stages.length);
    expect(new Set(areasOfDisagreement.map((a) => a.id)).size).toBe(areasOfDisagreement.length);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error).toMatch(/^\S[^\n]*: \S/);
    expect(result).not.toHaveProperty('protocol');
  }
}

describe('importing a mutated protocol file', () => {
  test('accepts a valid protocol or rejects it with errors, and never throws', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = mutations.reduce<Json>(apply, validCustomProtocol() as unknown as Json);
        expectWellFormed(parseProtocolFile(doc));
        expectWellFormed(parseProtocolFile(JSON.stringify(doc)));
      }),
      { numRuns: 500 },
    );
  });

  test('handles any edit to the text of the file', () => {
    const text = readProtocolFixture('valid-custom.json');
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: 40 }), fc.string(), (start, length, insert) => {
        const edited = text.slice(0, start) + insert + text.slice(start + length);
        expectWellFormed(parseProtocolFile(edited));
      }),
      { numRuns: 300 },
    );
  });

  test('rejects, rather than accepts, a file whose stages were reordered', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), (order) => {
        fc.pre(order.some((from, to) => from !== to));
        const p = validCustomProtocol();
        p.stages = order.map((i) => p.stages[i]!);
        const result = parseProtocolFile(p);
        expect(result.ok).toBe(false);
      }),
    );
  });
});
