import { describe, expect, test } from 'vitest';
import { decideProtocolRemoval, parseProtocolFile, type ProtocolRemovalFacts } from '../../../lib/protocols';
import { readProtocolFixture } from './protocol-fixtures';

/** The removal rules on plain facts: which refusal wins, and what each tells the practitioner to do. */
const parsed = parseProtocolFile(readProtocolFixture('valid-custom.json'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const northshire = parsed.protocol;
const westshire = { ...northshire, id: 'westshire-2025' };

const facts = (overrides: Partial<ProtocolRemovalFacts> = {}): ProtocolRemovalFacts => ({
  protocolId: northshire.id,
  stored: [northshire, westshire],
  policyIds: [],
  defaultProtocolId: 'darlington-dsp-2024',
  defaultManaged: false,
  uses: { open: 0, closed: 0 },
  ...overrides,
});
const message = (decision: ReturnType<typeof decideProtocolRemoval>) => (decision.ok ? '' : decision.message);

describe('decideProtocolRemoval', () => {
  test('allowed: the removed protocol and the list without it', () => {
    expect(decideProtocolRemoval(facts())).toEqual({ ok: true, removed: northshire, remaining: [westshire] });
  });

  test('every refusal says what to do and that nothing was removed', () => {
    const refusals = [
      facts({ protocolId: 'lscb-2019' }),
      facts({ policyIds: [northshire.id] }),
      facts({ protocolId: 'not-here' }),
      facts({ uses: { open: 1, closed: 0 } }),
      facts({ defaultProtocolId: northshire.id }),
      facts({ defaultProtocolId: northshire.id, defaultManaged: true }),
    ].map(decideProtocolRemoval);
    expect(refusals.map((decision) => decision.ok)).toEqual([false, false, false, false, false, false]);
    expect(refusals.map((decision) => !decision.ok && decision.kind)).toEqual([
      'invalid',
      'invalid',
      'not-found',
      'conflict',
      'conflict',
      'conflict',
    ]);
    for (const decision of refusals) expect(message(decision)).toMatch(/\. Nothing was removed\.$/);
    expect(message(refusals[1]!)).toContain('Ask your IT team');
    expect(message(refusals[4]!)).toContain('Choose another default protocol above and save it first');
    expect(message(refusals[5]!)).toContain('Ask your IT team to set another default first');
  });

  test('counts are worded for one and for many', () => {
    expect(message(decideProtocolRemoval(facts({ uses: { open: 1, closed: 0 } })))).toContain(
      '1 stored challenge follows it (1 open, 0 closed)',
    );
    expect(message(decideProtocolRemoval(facts({ uses: { open: 2, closed: 5 } })))).toContain(
      '7 stored challenges follow it (2 open, 5 closed)',
    );
  });

  test('in use wins over default: choosing another default would not be enough', () => {
    const both = facts({ defaultProtocolId: northshire.id, uses: { open: 0, closed: 1 } });
    expect(message(decideProtocolRemoval(both))).toContain('1 stored challenge follows it');
  });

  test('a policy protocol is refused even when the practitioner also imported a copy of its id', () => {
    expect(message(decideProtocolRemoval(facts({ policyIds: [northshire.id] })))).toContain('managed policy');
  });
});
