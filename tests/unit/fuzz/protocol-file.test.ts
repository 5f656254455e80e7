import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseProtocolFile } from '../../../lib/protocols/import-protocol-file';
import { mutate, mutationArbitrary } from './json-mutation';

/**
 * Fuzzed protocol files (issue: "fuzzed backup and protocol files … rejected whole with a clear
 * error"). Every mutation of a valid partnership file is either still a valid protocol or refused with
 * at least one "field: problem" line; the parser never throws, whatever the file holds.
 */
const VALID = JSON.parse(readFileSync('tests/fixtures/protocols/valid-custom.json', 'utf8')) as unknown;

describe('a fuzzed protocol file', () => {
  test('the unmutated file is accepted (the fuzz starts from a good file)', () => {
    expect(parseProtocolFile(JSON.stringify(VALID))).toMatchObject({ ok: true });
  });

  test('is accepted as a valid protocol or refused with named problems, never a throw (1,500 cases)', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutationArbitrary, (mutation) => {
        const text = mutate(VALID, mutation);
        const result = parseProtocolFile(text);
        if (result.ok) {
          // Still valid: what came back is a whole protocol, not a half-read one.
          expect(result.protocol.stages.length).toBeGreaterThan(0);
          expect(typeof result.protocol.id).toBe('string');
          return;
        }
        refused += 1;
        expect(result.errors.length).toBeGreaterThanOrEqual(1);
        for (const error of result.errors) {
          expect(typeof error).toBe('string');
          expect(error.trim().length).toBeGreaterThan(3);
        }
      }),
      { numRuns: 1500 },
    );
    // The mutations must actually break files, or this test would prove nothing.
    expect(refused).toBeGreaterThan(500);
  });

  test('random JSON values and random text are refused, never thrown on (500 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string({ maxLength: 200 })), (input) => {
        const asText = typeof input === 'string' ? input : JSON.stringify(input);
        for (const candidate of [input, asText]) {
          const result = parseProtocolFile(candidate);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors.length).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
