import { findProtocol, type Protocol } from '../../../lib/protocols';
import {
  appendEvent,
  deriveChallengeState,
  stampEvent,
  type ChallengeEvent,
  type NewChallengeEvent,
} from '../../../lib/challenge';

/** A built-in protocol by id; fails loudly if the seed data lost it. */
export function builtIn(id: 'darlington-dsp-2024' | 'pan-sussex-2025' | 'lscb-2019'): Protocol {
  const protocol = findProtocol(id);
  if (protocol === undefined) throw new Error(`built-in protocol ${id} is missing`);
  return protocol;
}

/** A valid v4 UUID made from a number, so tests read and compare ids easily. */
export const uuidFrom = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const CHALLENGE_ID = uuidFrom(0xc0ffee);

type Draft<T extends ChallengeEvent['type']> = Extract<NewChallengeEvent, { type: T }>;

/** An opened draft that every built-in protocol accepts, with the first of the protocol's areas. */
export function openedDraft(protocol: Protocol, overrides: Partial<Draft<'opened'>> = {}): Draft<'opened'> {
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
      prefix: 'Outcome of contact. ',
      suffix: ' Reviewed by team manager.',
      position: { start: 120, end: 185 },
      pageTitle: 'Contact record – Mosaic',
      url: 'https://mosaic.example.gov.uk/case/104233',
    },
    decisionMaker: { name: 'Sam Ortiz', role: 'Social worker', agency: 'Children’s Social Care' },
    practitioner: { name: 'Priya Shah', role: 'Health visitor', agency: 'Community NHS Trust' },
    reason: 'Three unexplained bruises reported in a month; the decision does not address them.',
    outcomeSought: 'A strategy discussion about the child’s safety.',
    immediateRisk: false,
    startingStage: 1,
    ...overrides,
  };
}

export const drafts = {
  contact: (): Draft<'contact-logged'> => ({
    type: 'contact-logged',
    occurredAt: '2025-05-02T10:00:00Z',
    method: 'phone',
    withWhom: { name: 'Sam Ortiz', agency: 'Children’s Social Care' },
    discussed: 'The bruising and the reason for closure.',
    agreed: 'Sam will ask the team manager to review.',
    actions: [{ action: 'Review decision', owner: 'Sam Ortiz', dueBy: '2025-05-06' }],
  }),
  note: (): Draft<'note-added'> => ({ type: 'note-added', text: 'Left a voicemail.' }),
  timeframe: (stage: number, workingDays: number): Draft<'timeframe-set'> => ({
    type: 'timeframe-set',
    stage,
    workingDays,
  }),
  escalate: (toStage: number, skipReason?: string, immediateRisk?: true): Draft<'escalated'> => ({
    type: 'escalated',
    toStage,
    reason: 'No resolution at the previous stage.',
    ...(skipReason === undefined ? {} : { skipReason }),
    ...(immediateRisk === undefined ? {} : { immediateRisk }),
  }),
  meeting: (): Draft<'meeting-recorded'> => ({
    type: 'meeting-recorded',
    heldAt: '2025-05-12T13:00:00Z',
    attendees: [{ name: 'Priya Shah', agency: 'Community NHS Trust' }],
    discussion: 'Differing views on the threshold.',
    agreedActions: [],
  }),
  partnership: (atStage: number): Draft<'partnership-informed'> => ({
    type: 'partnership-informed',
    atStage,
    method: 'email',
  }),
  email: (): Draft<'email-drafted'> => ({
    type: 'email-drafted',
    kind: 'stage-1-summary',
    channel: 'mailto',
  }),
  resolve: (atStage: number): Draft<'resolved'> => ({
    type: 'resolved',
    atStage,
    outcome: 'Strategy discussion held.',
    professionalsSatisfied: 'yes',
  }),
  withdraw: (): Draft<'withdrawn'> => ({
    type: 'withdrawn',
    reason: 'New information explained the bruising.',
  }),
  reopen: (): Draft<'reopened'> => ({ type: 'reopened', reason: 'The concern has come back.' }),
};

/** Stamps a draft as the next event of `events`, as the background would. */
export function nextEvent(
  events: readonly ChallengeEvent[],
  draft: NewChallengeEvent,
  at: string,
): ChallengeEvent {
  return stampEvent(draft, {
    id: uuidFrom(events.length + 1),
    challengeId: CHALLENGE_ID,
    seq: events.length,
    at,
  });
}

/** Builds an accepted history step by step; a refused step fails the test with the rule's message. */
export function historyOf(
  protocol: Protocol,
  steps: readonly (readonly [NewChallengeEvent, string])[],
): ChallengeEvent[] {
  let events: ChallengeEvent[] = [];
  for (const [draft, at] of steps) {
    const result = appendEvent(events, nextEvent(events, draft, at), protocol);
    if (!result.ok)
      throw new Error(`step ${events.length} (${draft.type}) refused: ${result.rule}: ${result.message}`);
    events = result.events;
  }
  return events;
}

/** One instant per step, an hour apart. */
export const hour = (n: number): string => new Date(Date.UTC(2025, 4, 1, 8 + n)).toISOString();

/** An accepted history from drafts alone, one hour apart. */
export function history(protocol: Protocol, ...steps: NewChallengeEvent[]): ChallengeEvent[] {
  return historyOf(
    protocol,
    steps.map((draft, index) => [draft, hour(index)] as const),
  );
}

/** The derived state of the history `steps` build, seen at `now`. */
export const deriveAt = (protocol: Protocol, steps: [NewChallengeEvent, string][], now: string) =>
  deriveChallengeState(historyOf(protocol, steps), { protocol, now: new Date(now) });
