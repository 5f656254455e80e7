import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  appendEvent,
  challengeEventSchema,
  checkEventSequence,
  deriveChallengeState,
  stampEvent,
  type ChallengeEvent,
  type NewChallengeEvent,
} from '../../../lib/challenge';
import type { Protocol } from '../../../lib/protocols';
import { builtIn, drafts, openedDraft, uuidFrom } from './challenge-builders';
import { applyToModel, brokenRules, emptyModel, type Model } from './challenge-reference-model';

/**
 * Model-based test: random command sequences, valid and not, go through appendEvent and through a tiny
 * reference model written from the protocols' rules (status, stage, immediate risk). They must agree on
 * what is accepted, a refusal must name a rule the model also sees broken, and the derived state of every
 * accepted history must match the model.
 */

type StageRef = 'current' | 'next' | 'skip' | number;
type Tamper = 'seq-ahead' | 'seq-behind' | 'other-challenge' | 'repeat-id' | null;

type Command = { gapMinutes: number; tamper: Tamper } & (
  | {
      kind: 'open';
      protocolMatches: boolean;
      subject: 'child' | 'adult-at-risk';
      childInCare: boolean;
      areaKnown: boolean;
      immediateRisk: boolean;
      startingStage: number;
      skipReason: boolean;
    }
  | { kind: 'contact' | 'note' | 'meeting' | 'email' | 'withdraw' | 'reopen' }
  | { kind: 'timeframe'; stage: StageRef; days: number }
  | { kind: 'escalate'; to: StageRef; skipReason: boolean; immediateRisk: boolean }
  | { kind: 'resolve' | 'partnership'; stage: StageRef }
);

/** Which stage a command names: mostly the sensible one, sometimes any. */
const stageRef = (sensible: 'current' | 'next'): fc.Arbitrary<StageRef> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant<StageRef>(sensible) },
    { weight: 2, arbitrary: fc.constantFrom<StageRef>('current', 'next', 'skip') },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 8 }) },
  );

/** Mostly true: most generated openings should be valid so that the rest of the sequence matters. */
const usually = (value: boolean) =>
  fc.oneof({ weight: 9, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });

const openBody = fc.record({
  kind: fc.constant('open' as const),
  protocolMatches: usually(true),
  subject: usually(true).map((child) => (child ? ('child' as const) : ('adult-at-risk' as const))),
  childInCare: usually(false),
  areaKnown: usually(true),
  immediateRisk: fc.boolean(),
  startingStage: fc.oneof(
    { weight: 6, arbitrary: fc.constant(1) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 8 }) },
  ),
  skipReason: fc.boolean(),
});

/** An opening every built-in protocol accepts (a skip at immediate risk is valid only where allowed). */
const validOpenBody = fc.record({
  kind: fc.constant('open' as const),
  protocolMatches: fc.constant(true),
  subject: fc.constant('child' as const),
  childInCare: fc.boolean(),
  areaKnown: fc.constant(true),
  immediateRisk: fc.boolean(),
  startingStage: fc.constant(1),
  skipReason: fc.boolean(),
});

const commandBody = fc.oneof(
  { weight: 1, arbitrary: openBody },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('contact' as const, 'note' as const, 'meeting' as const, 'email' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('timeframe' as const),
      stage: stageRef('current'),
      days: fc.integer({ min: 1, max: 60 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('escalate' as const),
      to: stageRef('next'),
      skipReason: fc.boolean(),
      // Mostly not: the risk found part-way through is the exception, and once found it stands.
      immediateRisk: usually(false),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('resolve' as const, 'partnership' as const),
      stage: stageRef('current'),
    }),
  },
);

const gapMinutes = fc.integer({ min: 0, max: 4 * 24 * 60 });

const command: fc.Arbitrary<Command> = fc
  .tuple(
    commandBody,
    gapMinutes,
    fc.oneof(
      { weight: 12, arbitrary: fc.constant<Tamper>(null) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<Tamper>('seq-ahead', 'seq-behind', 'other-challenge', 'repeat-id'),
      },
    ),
  )
  .map(([body, gapMinutes, tamper]) => ({ ...body, gapMinutes, tamper }) as Command);

/** Sometimes a stray event first, then an opening (usually valid), then anything. */
const commands: fc.Arbitrary<Command[]> = fc
  .tuple(
    fc.option(command, { freq: 5 }),
    fc.oneof({ weight: 3, arbitrary: validOpenBody }, { weight: 1, arbitrary: openBody }),
    gapMinutes,
    fc.array(command, { maxLength: 40, size: 'large' }),
  )
  .map(([stray, open, gap, rest]) => [
    ...(stray ? [stray] : []),
    { ...open, gapMinutes: gap, tamper: null },
    ...rest,
  ]);

const CHALLENGE = uuidFrom(0xabc);
const OTHER_CHALLENGE = uuidFrom(0xdef);

function resolveStage(ref: StageRef, model: Model): number {
  const stage = model.opened ? model.stage : 1;
  return ref === 'current' ? stage : ref === 'next' ? stage + 1 : ref === 'skip' ? stage + 2 : ref;
}

function draftFor(cmd: Command, model: Model, protocol: Protocol): NewChallengeEvent {
  switch (cmd.kind) {
    case 'open':
      return openedDraft(protocol, {
        protocolId: cmd.protocolMatches ? protocol.id : 'another-partnership',
        subject: cmd.subject,
        childInCare: cmd.childInCare,
        areaOfDisagreement: cmd.areaKnown ? (protocol.areasOfDisagreement[0]?.id ?? '') : 'not-an-area',
        immediateRisk: cmd.immediateRisk,
        startingStage: cmd.startingStage,
        ...(cmd.skipReason ? { skipReason: 'Child at risk of immediate harm' } : {}),
      });
    case 'contact':
      return drafts.contact();
    case 'note':
      return drafts.note();
    case 'meeting':
      return drafts.meeting();
    case 'email':
      return drafts.email();
    case 'withdraw':
      return drafts.withdraw();
    case 'reopen':
      return drafts.reopen();
    case 'timeframe':
      return drafts.timeframe(resolveStage(cmd.stage, model), cmd.days);
    case 'escalate':
      return drafts.escalate(
        resolveStage(cmd.to, model),
        cmd.skipReason ? 'Immediate harm' : undefined,
        cmd.immediateRisk ? true : undefined,
      );
    case 'resolve':
      return drafts.resolve(resolveStage(cmd.stage, model));
    case 'partnership':
      return drafts.partnership(resolveStage(cmd.stage, model));
  }
}

function stamp(
  cmd: Command,
  draft: NewChallengeEvent,
  model: Model,
  at: string,
  idNumber: number,
): ChallengeEvent {
  const firstId = [...model.ids][0];
  return stampEvent(draft, {
    id: cmd.tamper === 'repeat-id' && firstId !== undefined ? firstId : uuidFrom(idNumber),
    challengeId: cmd.tamper === 'other-challenge' ? OTHER_CHALLENGE : CHALLENGE,
    seq:
      cmd.tamper === 'seq-ahead'
        ? model.count + 1
        : cmd.tamper === 'seq-behind' && model.count > 0
          ? model.count - 1
          : model.count,
    at,
  });
}

const START = Date.parse('2025-01-06T09:00:00Z');
const nowArbitrary = fc.date({
  min: new Date('2025-01-01T00:00:00Z'),
  max: new Date('2027-12-31T00:00:00Z'),
  noInvalidDate: true,
});

describe.each(['darlington-dsp-2024', 'pan-sussex-2025', 'lscb-2019'] as const)(
  'model-based: %s',
  (protocolId) => {
    const protocol = builtIn(protocolId);

    test('appendEvent agrees with the reference model, and derivation with both', () => {
      fc.assert(
        fc.property(commands, nowArbitrary, (cmds, now) => {
          const model = emptyModel();
          let events: ChallengeEvent[] = [];
          let clock = START;
          cmds.forEach((cmd, index) => {
            clock += cmd.gapMinutes * 60_000;
            const event = stamp(
              cmd,
              draftFor(cmd, model, protocol),
              model,
              new Date(clock).toISOString(),
              index + 1,
            );
            expect(challengeEventSchema.safeParse(event).success).toBe(true);

            const broken = brokenRules(event, model, protocol);
            const result = appendEvent(events, event, protocol);
            expect(result.ok, `expected ${[...broken].join(', ') || 'acceptance'} for ${event.type}`).toBe(
              broken.size === 0,
            );
            if (!result.ok) {
              expect([...broken]).toContain(result.rule);
              return;
            }
            events = result.events;
            applyToModel(event, model);

            const state = deriveChallengeState(events, { protocol, now });
            expect(state.status).toBe(model.status);
            expect(state.currentStage).toBe(model.stage);
            expect(state.immediateRisk).toBe(model.immediateRisk);
            expect(state.thresholdReached).toBe(model.maxStage >= protocol.reportingThresholdStage);
            expect(state.seq).toBe(events.length - 1);
            if (state.status !== 'open') expect([state.deadline, state.deadlineState]).toEqual([null, null]);
            const spells = state.stageHistory;
            expect(spells.every((spell, i) => i === 0 || spell.stage >= (spells[i - 1]?.stage ?? 0))).toBe(
              true,
            );
            expect(spells.at(-1)?.endedAt === null).toBe(state.status === 'open');
          });
          expect(events.map((event) => event.seq)).toEqual(events.map((_, i) => i));
          expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
          expect(checkEventSequence(events, protocol)).toEqual({ ok: true });
        }),
        { numRuns: 150 },
      );
    });
  },
);
