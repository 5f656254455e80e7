import {
  appendEvent,
  deriveChallengeState,
  stampEvent,
  type ChallengeEvent,
  type ChallengeState,
  type NewChallengeEvent,
} from '../../../lib/challenge';
import type { DraftContext } from '../../../lib/drafts';
import { findProtocol, type Protocol } from '../../../lib/protocols';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings-schema';

/**
 * Challenge histories for the drafts and reports tests, built through the real `appendEvent` rules and
 * `deriveChallengeState`, so the drafts are tested against histories the product could really hold.
 */

export type BuiltInId = 'darlington-dsp-2024' | 'pan-sussex-2025' | 'lscb-2019';
export const BUILT_IN_IDS: readonly BuiltInId[] = ['darlington-dsp-2024', 'pan-sussex-2025', 'lscb-2019'];

export function builtIn(id: BuiltInId): Protocol {
  const protocol = findProtocol(id);
  if (protocol === undefined) throw new Error(`built-in protocol ${id} is missing`);
  return protocol;
}

export const uuidFrom = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

type Draft<T extends ChallengeEvent['type']> = Extract<NewChallengeEvent, { type: T }>;

export function opened(protocol: Protocol, overrides: Partial<Draft<'opened'>> = {}): Draft<'opened'> {
  return {
    type: 'opened',
    protocolId: protocol.id,
    protocolVersion: protocol.version,
    nation: 'england-and-wales',
    workingHours: { start: '09:00', end: '17:00' },
    caseReference: 'CS-104233',
    subject: 'child',
    childInCare: false,
    areaOfDisagreement: protocol.areasOfDisagreement[0]?.id ?? 'missing-area',
    decision: {
      quote: 'Decision: no further action, case closed to Children’s Social Care',
      pageTitle: 'Contact record – Mosaic',
      url: 'https://mosaic.example.gov.uk/case/104233',
    },
    decisionMaker: { name: 'Sam Ortiz', role: 'Social worker', agency: 'Children’s Social Care' },
    practitioner: { name: 'Priya Shah', role: 'Health visitor', agency: 'Community NHS Trust' },
    reason: 'Three bruises were recorded in April; the decision does not address them.',
    outcomeSought: 'A strategy discussion about the child’s safety at home.',
    immediateRisk: false,
    startingStage: 1,
    ...overrides,
  };
}

export const step = {
  contact: (overrides: Partial<Draft<'contact-logged'>> = {}): Draft<'contact-logged'> => ({
    type: 'contact-logged',
    occurredAt: '2025-05-01T10:00:00Z',
    method: 'phone',
    withWhom: { name: 'Sam Ortiz', role: 'Social worker', agency: 'Children’s Social Care' },
    discussed: 'The bruising recorded in April and the reason for closing the case.',
    agreed: 'Sam will ask the team manager to review the decision.',
    actions: [{ action: 'Review the closure decision', owner: 'Sam Ortiz', dueBy: '2025-05-02' }],
    ...overrides,
  }),
  escalate: (toStage: number, reason = 'The review did not change the decision.'): Draft<'escalated'> => ({
    type: 'escalated',
    toStage,
    reason,
  }),
  timeframe: (stage: number, workingDays: number): Draft<'timeframe-set'> => ({
    type: 'timeframe-set',
    stage,
    workingDays,
  }),
  meeting: (overrides: Partial<Draft<'meeting-recorded'>> = {}): Draft<'meeting-recorded'> => ({
    type: 'meeting-recorded',
    heldAt: '2025-05-09T13:00:00Z',
    managerAgreement: { name: 'Alex Reid', agreedOn: '2025-05-07' },
    attendees: [
      { name: 'Priya Shah', role: 'Health visitor', agency: 'Community NHS Trust' },
      { name: 'Sam Ortiz', role: 'Social worker', agency: 'Children’s Social Care' },
      { name: 'Jo Bell', role: 'Designated Safeguarding Lead', agency: 'Northgate Primary School' },
    ],
    discussion: 'The bruising, the school’s observations and the threshold for a strategy discussion.',
    agreedActions: [{ action: 'Hold a strategy discussion', owner: 'Sam Ortiz', dueBy: '2025-05-13' }],
    outstandingIssues: 'Whether a child protection medical is needed.',
    barriers: 'Differing readings of the threshold document.',
    nextSteps: 'Review at the strategy discussion.',
    ...overrides,
  }),
  partnership: (atStage: number): Draft<'partnership-informed'> => ({
    type: 'partnership-informed',
    atStage,
    method: 'email',
    recipient: 'Business Unit',
  }),
  resolve: (atStage: number, overrides: Partial<Draft<'resolved'>> = {}): Draft<'resolved'> => ({
    type: 'resolved',
    atStage,
    outcome: 'A strategy discussion was held and a section 47 enquiry started.',
    professionalsSatisfied: 'yes',
    ...overrides,
  }),
  withdraw: (): Draft<'withdrawn'> => ({
    type: 'withdrawn',
    reason: 'New information explained the bruising.',
  }),
  reopen: (): Draft<'reopened'> => ({ type: 'reopened', reason: 'New bruising was recorded.' }),
};

export interface Built {
  protocol: Protocol;
  events: ChallengeEvent[];
  state: ChallengeState;
}

/** Appends each [draft, at] through the rules; a refused step fails the test with the rule's message. */
export function build(
  protocol: Protocol,
  steps: readonly (readonly [NewChallengeEvent, string])[],
  now: string,
  challengeNumber = 0xc0ffee,
): Built {
  let events: ChallengeEvent[] = [];
  for (const [draft, at] of steps) {
    const next = stampEvent(draft, {
      id: uuidFrom(challengeNumber * 1000 + events.length + 1),
      challengeId: uuidFrom(challengeNumber),
      seq: events.length,
      at,
    });
    const result = appendEvent(events, next, protocol);
    if (!result.ok) throw new Error(`step ${events.length} (${draft.type}) refused: ${result.message}`);
    events = result.events;
  }
  return { protocol, events, state: deriveChallengeState(events, { protocol, now: new Date(now) }) };
}

/**
 * A challenge that climbed to `toStage` (opened Thursday 1 May 2025, one escalation a day), with a Stage 1
 * call, a Stage 3 meeting where the protocol's Stage 3 is one, and a timeframe wherever the escalator sets it.
 */
export function climbedTo(
  id: BuiltInId,
  toStage: number,
  extra: readonly (readonly [NewChallengeEvent, string])[] = [],
  openedOverrides: Partial<Draft<'opened'>> = {},
): Built {
  const protocol = builtIn(id);
  const steps: (readonly [NewChallengeEvent, string])[] = [
    [opened(protocol, openedOverrides), '2025-05-01T08:30:00Z'],
    [step.contact(), '2025-05-01T10:05:00Z'],
  ];
  const days = ['2025-05-02', '2025-05-06', '2025-05-07', '2025-05-08', '2025-05-09', '2025-05-12'];
  const setsTimeframe = (stage: number) => protocol.stages[stage - 1]?.timeframe.kind === 'set-by-escalator';
  if (setsTimeframe(1)) steps.push([step.timeframe(1, 2), '2025-05-01T10:10:00Z']);
  for (let stage = 2; stage <= toStage; stage += 1) {
    steps.push([step.escalate(stage), `${days[stage - 2]}T09:00:00Z`]);
    if (setsTimeframe(stage)) steps.push([step.timeframe(stage, 3), `${days[stage - 2]}T09:05:00Z`]);
    if (stage === 3 && /meeting/i.test(protocol.stages[2]?.title ?? '')) {
      steps.push([step.meeting({ heldAt: `${days[1]}T13:00:00Z` }), `${days[1]}T15:00:00Z`]);
    }
  }
  return build(protocol, [...steps, ...extra], '2025-05-13T12:00:00Z');
}

export const settingsFor = (overrides: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  practitioner: {
    name: 'Priya Shah',
    role: 'Health visitor',
    agency: 'Community NHS Trust',
    email: 'priya.shah@nhs.net',
  },
  ...overrides,
});

export function contextOf(
  built: Built,
  settings: Settings = settingsFor(),
  now = '2025-05-13T12:00:00Z',
): DraftContext {
  return { protocol: built.protocol, events: built.events, state: built.state, settings, now: new Date(now) };
}
