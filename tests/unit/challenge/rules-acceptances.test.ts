import { describe, expect, test } from 'vitest';
import { appendEvent, checkEventSequence, checkNextEvent } from '../../../lib/challenge';
import type { NewChallengeEvent } from '../../../lib/challenge';
import type { Protocol } from '../../../lib/protocols';
import { CHALLENGE_ID, builtIn, drafts, history, hour, nextEvent, openedDraft } from './challenge-builders';

const darlington = builtIn('darlington-dsp-2024');
const panSussex = builtIn('pan-sussex-2025');
const lscb = builtIn('lscb-2019');

const risky = (protocol: Protocol) => openedDraft(protocol, { immediateRisk: true });

interface AcceptCase {
  name: string;
  protocol: Protocol;
  before: NewChallengeEvent[];
  next: NewChallengeEvent;
}

const acceptances: AcceptCase[] = [
  { name: 'opening at Stage 1', protocol: darlington, before: [], next: openedDraft(darlington) },
  {
    name: 'opening about an adult at risk in Darlington',
    protocol: darlington,
    before: [],
    next: openedDraft(darlington, { subject: 'adult-at-risk' }),
  },
  {
    name: 'opening about a child in care',
    protocol: lscb,
    before: [],
    next: openedDraft(lscb, { childInCare: true }),
  },
  {
    name: 'opening at Pan-Sussex Stage 3 at immediate risk with a reason',
    protocol: panSussex,
    before: [],
    next: openedDraft(panSussex, {
      startingStage: 3,
      immediateRisk: true,
      skipReason: 'Child at risk tonight',
    }),
  },
  {
    name: 'skipping an LSCB stage at immediate risk with a reason (the policy is silent)',
    protocol: lscb,
    before: [risky(lscb)],
    next: drafts.escalate(3, 'Risk of harm'),
  },
  {
    name: 'skipping a Pan-Sussex stage when immediate risk arises after opening, recorded with a reason',
    protocol: panSussex,
    before: [openedDraft(panSussex), drafts.escalate(2)],
    next: drafts.escalate(4, 'Disclosure today: the child is at risk tonight', true),
  },
  {
    name: 'skipping an LSCB stage when immediate risk arises after opening (the policy is silent)',
    protocol: lscb,
    before: [openedDraft(lscb)],
    next: drafts.escalate(3, 'Risk of harm', true),
  },
  {
    name: 'skipping again later: immediate risk recorded on an earlier escalation still stands',
    protocol: panSussex,
    before: [openedDraft(panSussex), drafts.escalate(2, undefined, true)],
    next: drafts.escalate(5, 'Still at risk; senior managers have not acted'),
  },
  {
    name: 'recording immediate risk on a one-stage escalation in Darlington (no skip involved)',
    protocol: darlington,
    before: [openedDraft(darlington)],
    next: drafts.escalate(2, undefined, true),
  },
  {
    name: 'escalating one stage',
    protocol: darlington,
    before: [openedDraft(darlington)],
    next: drafts.escalate(2),
  },
  {
    name: 'escalating one stage at immediate risk without a skip reason',
    protocol: darlington,
    before: [risky(darlington)],
    next: drafts.escalate(2),
  },
  {
    name: 'escalating to Pan-Sussex Stage 6',
    protocol: panSussex,
    before: [
      openedDraft(panSussex),
      drafts.escalate(2),
      drafts.escalate(3),
      drafts.escalate(4),
      drafts.escalate(5),
    ],
    next: drafts.escalate(6),
  },
  {
    name: 'setting a Pan-Sussex timeframe',
    protocol: panSussex,
    before: [openedDraft(panSussex)],
    next: drafts.timeframe(1, 5),
  },
  {
    name: 'changing a Pan-Sussex timeframe',
    protocol: panSussex,
    before: [openedDraft(panSussex), drafts.timeframe(1, 5)],
    next: drafts.timeframe(1, 3),
  },
  {
    name: 'setting a timeframe for Darlington’s "as soon as possible" Stage 4',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.escalate(2), drafts.escalate(3), drafts.escalate(4)],
    next: drafts.timeframe(4, 2),
  },
  {
    name: 'recording the interagency meeting',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.escalate(2), drafts.escalate(3)],
    next: drafts.meeting(),
  },
  {
    name: 'resolving at the current stage',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.escalate(2)],
    next: drafts.resolve(2),
  },
  {
    name: 'informing the partnership after resolution',
    protocol: lscb,
    before: [openedDraft(lscb), drafts.escalate(2), drafts.escalate(3), drafts.resolve(3)],
    next: drafts.partnership(3),
  },
  {
    name: 'drafting the resolution email after resolution',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.resolve(1)],
    next: drafts.email(),
  },
  {
    name: 'a note after resolution',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.resolve(1)],
    next: drafts.note(),
  },
  {
    name: 'reopening a resolved challenge',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.resolve(1)],
    next: drafts.reopen(),
  },
  {
    name: 'reopening a withdrawn challenge',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.withdraw()],
    next: drafts.reopen(),
  },
  {
    name: 'escalating after reopening',
    protocol: darlington,
    before: [openedDraft(darlington), drafts.resolve(1), drafts.reopen()],
    next: drafts.escalate(2),
  },
];

describe('checkNextEvent accepts what the protocols allow', () => {
  test.each(acceptances)('$name', ({ protocol, before, next }) => {
    const events = history(protocol, ...before);
    expect(checkNextEvent(events, nextEvent(events, next, hour(before.length)), protocol)).toEqual({
      ok: true,
    });
  });
});

describe('appendEvent', () => {
  test('returns a new history and leaves the old one alone', () => {
    const events = history(darlington, openedDraft(darlington));
    const note = nextEvent(events, drafts.note(), hour(1));
    const result = appendEvent(events, note, darlington);
    expect(result).toEqual({ ok: true, events: [events[0], note] });
    expect(events).toHaveLength(1);
  });

  test('passes the refusal through', () => {
    const events = history(darlington, openedDraft(darlington));
    const result = appendEvent(events, nextEvent(events, drafts.reopen(), hour(1)), darlington);
    expect(result).toMatchObject({ ok: false, rule: 'reopen-needs-closed' });
  });
});

describe('checkEventSequence', () => {
  test('accepts a whole accepted history', () => {
    const events = history(
      panSussex,
      openedDraft(panSussex),
      drafts.timeframe(1, 3),
      drafts.escalate(2),
      drafts.resolve(2),
    );
    expect(checkEventSequence(events, panSussex)).toEqual({ ok: true });
  });

  test('names the first entry it refuses, e.g. in an imported backup', () => {
    const events = history(darlington, openedDraft(darlington), drafts.withdraw());
    const forged = [
      ...events,
      { ...nextEvent(events, drafts.escalate(2), hour(2)), challengeId: CHALLENGE_ID },
    ];
    expect(checkEventSequence(forged, darlington)).toMatchObject({
      ok: false,
      index: 2,
      rule: 'closed-challenge-accepts-only-reopen',
    });
  });
});
