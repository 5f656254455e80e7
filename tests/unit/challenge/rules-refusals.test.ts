import { describe, expect, test } from 'vitest';
import { checkNextEvent, type ChallengeEvent } from '../../../lib/challenge';
import type { NewChallengeEvent } from '../../../lib/challenge';
import type { Protocol } from '../../../lib/protocols';
import { builtIn, drafts, history, hour, nextEvent, openedDraft, uuidFrom } from './challenge-builders';

const darlington = builtIn('darlington-dsp-2024');
const panSussex = builtIn('pan-sussex-2025');
const lscb = builtIn('lscb-2019');

const risky = (protocol: Protocol) => openedDraft(protocol, { immediateRisk: true });

interface RefusalCase {
  name: string;
  protocol: Protocol;
  before: NewChallengeEvent[];
  next: NewChallengeEvent;
  /** Corrupts the stamped event, for the rules about the history itself. */
  tamper?: (event: ChallengeEvent) => ChallengeEvent;
  rule: string;
}

const refusals: RefusalCase[] = [
  {
    name: 'a contact before opening',
    protocol: darlington,
    before: [],
    next: drafts.contact(),
    rule: 'first-event-must-be-opened',
  },
  {
    name: 'opening twice',
    protocol: darlington,
    before: [openedDraft(darlington)],
    next: openedDraft(darlington),
    rule: 'challenge-already-opened',
  },
  {
    name: 'opening with seq 3',
    protocol: darlington,
    before: [],
    next: openedDraft(darlington),
    tamper: (e) => ({ ...e, seq: 3 }),
    rule: 'sequence-gap',
  },
  {
    name: 'a skipped sequence number',
    protocol: darlington,
    before: [openedDraft(darlington)],
    next: drafts.note(),
    tamper: (e) => ({ ...e, seq: 2 }),
    rule: 'sequence-gap',
  },
  {
    name: 'a repeated sequence number',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.note()],
    next: drafts.note(),
    tamper: (e) => ({ ...e, seq: 1 }),
    rule: 'sequence-gap',
  },
  {
    name: 'another challenge’s event',
    protocol: darlington,
    before: [openedDraft(darlington)],
    next: drafts.note(),
    tamper: (e) => ({ ...e, challengeId: uuidFrom(999) }),
    rule: 'wrong-challenge',
  },
  {
    name: 'the same event id twice',
    protocol: darlington,
    before: [openedDraft(darlington)],
    next: drafts.note(),
    tamper: (e) => ({ ...e, id: uuidFrom(1) }),
    rule: 'duplicate-event-id',
  },
  {
    name: 'a challenge opened under another protocol',
    protocol: darlington,
    before: [],
    next: openedDraft(lscb, { areaOfDisagreement: darlington.areasOfDisagreement[0]!.id }),
    rule: 'protocol-mismatch',
  },
  {
    name: 'an adult at risk under a children-only protocol',
    protocol: panSussex,
    before: [],
    next: openedDraft(panSussex, { subject: 'adult-at-risk' }),
    rule: 'subject-not-covered',
  },
  {
    name: 'an area the protocol does not list',
    protocol: lscb,
    before: [],
    next: openedDraft(lscb, { areaOfDisagreement: 'mental-capacity' }),
    rule: 'area-not-in-protocol',
  },
  {
    name: 'an adult "in care"',
    protocol: darlington,
    before: [],
    next: openedDraft(darlington, { subject: 'adult-at-risk', childInCare: true }),
    rule: 'child-in-care-needs-child-subject',
  },
  {
    name: 'starting at a stage the protocol lacks',
    protocol: lscb,
    before: [],
    next: openedDraft(lscb, { startingStage: 6, immediateRisk: true, skipReason: 'Risk' }),
    rule: 'unknown-stage',
  },
  {
    name: 'starting at Stage 3 without immediate risk',
    protocol: panSussex,
    before: [],
    next: openedDraft(panSussex, { startingStage: 3, skipReason: 'Urgent' }),
    rule: 'skip-needs-immediate-risk',
  },
  {
    name: 'starting at Stage 3 with immediate risk but no reason',
    protocol: panSussex,
    before: [],
    next: openedDraft(panSussex, { startingStage: 3, immediateRisk: true }),
    rule: 'skip-needs-reason',
  },
  {
    name: 'starting at Stage 2 where the protocol forbids skipping',
    protocol: darlington,
    before: [],
    next: openedDraft(darlington, { startingStage: 2, immediateRisk: true, skipReason: 'Risk' }),
    rule: 'protocol-forbids-skipping',
  },
  {
    name: 'escalating past Darlington Stage 5',
    protocol: darlington,
    before: [
      openedDraft(darlington),
      drafts.escalate(2),
      drafts.escalate(3),
      drafts.escalate(4),
      drafts.escalate(5),
    ],
    next: drafts.escalate(6),
    rule: 'escalation-past-last-stage',
  },
  {
    name: 'escalating past Pan-Sussex Stage 6',
    protocol: panSussex,
    before: [risky(panSussex)],
    next: drafts.escalate(7, 'Risk'),
    rule: 'escalation-past-last-stage',
  },
  {
    name: 'escalating to the current stage',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.escalate(2)],
    next: drafts.escalate(2),
    rule: 'escalation-must-move-up',
  },
  {
    name: 'escalating downwards',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.escalate(2)],
    next: drafts.escalate(1),
    rule: 'escalation-must-move-up',
  },
  {
    name: 'skipping a stage without immediate risk',
    protocol: panSussex,
    before: [openedDraft(panSussex)],
    next: drafts.escalate(3, 'Urgent'),
    rule: 'skip-needs-immediate-risk',
  },
  {
    name: 'skipping a stage with immediate risk but no reason',
    protocol: lscb,
    before: [risky(lscb)],
    next: drafts.escalate(3),
    rule: 'skip-needs-reason',
  },
  {
    name: 'skipping a stage when immediate risk arises later but no reason is given',
    protocol: panSussex,
    before: [openedDraft(panSussex)],
    next: drafts.escalate(3, undefined, true),
    rule: 'skip-needs-reason',
  },
  {
    name: 'skipping a Darlington stage when immediate risk arises later',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.escalate(2)],
    next: drafts.escalate(4, 'Risk', true),
    rule: 'protocol-forbids-skipping',
  },
  {
    name: 'skipping a Darlington stage even at immediate risk',
    protocol: darlington,
    before: [risky(darlington)],
    next: drafts.escalate(3, 'Risk'),
    rule: 'protocol-forbids-skipping',
  },
  {
    name: 'a timeframe for a later stage',
    protocol: panSussex,
    before: [openedDraft(panSussex)],
    next: drafts.timeframe(2, 5),
    rule: 'timeframe-for-current-stage-only',
  },
  {
    name: 'a timeframe for a past stage',
    protocol: panSussex,
    before: [openedDraft(panSussex), drafts.escalate(2)],
    next: drafts.timeframe(1, 5),
    rule: 'timeframe-for-current-stage-only',
  },
  {
    name: 'changing Darlington’s fixed one working day',
    protocol: darlington,
    before: [openedDraft(darlington)],
    next: drafts.timeframe(1, 5),
    rule: 'timeframe-not-set-by-escalator',
  },
  {
    name: 'a timeframe where the LSCB policy gives none',
    protocol: lscb,
    before: [openedDraft(lscb)],
    next: drafts.timeframe(1, 5),
    rule: 'timeframe-not-set-by-escalator',
  },
  {
    name: 'resolving at another stage',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.escalate(2)],
    next: drafts.resolve(1),
    rule: 'stage-not-current',
  },
  {
    name: 'informing the partnership "at" another stage',
    protocol: lscb,
    before: [openedDraft(lscb)],
    next: drafts.partnership(3),
    rule: 'stage-not-current',
  },
  {
    name: 'a note on a withdrawn challenge',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.withdraw()],
    next: drafts.note(),
    rule: 'closed-challenge-accepts-only-reopen',
  },
  {
    name: 'escalating a withdrawn challenge',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.withdraw()],
    next: drafts.escalate(2),
    rule: 'closed-challenge-accepts-only-reopen',
  },
  {
    name: 'resolving a withdrawn challenge',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.withdraw()],
    next: drafts.resolve(1),
    rule: 'closed-challenge-accepts-only-reopen',
  },
  {
    name: 'escalating a resolved challenge',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.resolve(1)],
    next: drafts.escalate(2),
    rule: 'resolved-challenge-needs-reopen',
  },
  {
    name: 'logging contact on a resolved challenge',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.resolve(1)],
    next: drafts.contact(),
    rule: 'resolved-challenge-needs-reopen',
  },
  {
    name: 'withdrawing a resolved challenge',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.resolve(1)],
    next: drafts.withdraw(),
    rule: 'resolved-challenge-needs-reopen',
  },
  {
    name: 'reopening an open challenge',
    protocol: darlington,
    before: [openedDraft(darlington)],
    next: drafts.reopen(),
    rule: 'reopen-needs-closed',
  },
  {
    name: 'reopening twice',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.resolve(1), drafts.reopen()],
    next: drafts.reopen(),
    rule: 'reopen-needs-closed',
  },
];

describe('checkNextEvent refuses what the protocols rule out', () => {
  test.each(refusals)('$name: $rule', ({ protocol, before, next, tamper, rule }) => {
    const events = history(protocol, ...before);
    const stamped = nextEvent(events, next, hour(before.length));
    const result = checkNextEvent(events, tamper ? tamper(stamped) : stamped, protocol);
    expect(result).toMatchObject({ ok: false, rule });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
  });
});
