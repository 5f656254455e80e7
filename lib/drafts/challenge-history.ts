import type { ChallengeEvent, ChallengeState, EventOf } from '../challenge';
import type { Protocol } from '../protocols';

/**
 * Reads a challenge's history the way the drafts and records need it: which contacts, meetings and
 * escalations happened at which stage. The stage of each event comes from the derived timeline, so the
 * drafts agree with what the sidebar shows.
 */

export type ContactEvent = EventOf<'contact-logged'>;
export type MeetingEvent = EventOf<'meeting-recorded'>;
export type EscalationEvent = EventOf<'escalated'>;

export interface ChallengeHistory {
  stageOf(event: ChallengeEvent): number;
  contacts(stage?: number): ContactEvent[];
  meetings(stage?: number): MeetingEvent[];
  escalations(): EscalationEvent[];
  /** The escalation that brought the challenge to `stage`, if it was escalated there. */
  escalationInto(stage: number): EscalationEvent | undefined;
  notes(): EventOf<'note-added'>[];
  emails(): EventOf<'email-drafted'>[];
  partnershipInformed(): EventOf<'partnership-informed'>[];
  /** Stages the challenge has been at, in ladder order, each once. */
  stagesReached(): number[];
}

const ofType =
  <T extends ChallengeEvent['type']>(type: T) =>
  (event: ChallengeEvent): event is EventOf<T> =>
    event.type === type;

export function readHistory(events: readonly ChallengeEvent[], state: ChallengeState): ChallengeHistory {
  const stageBySeq = new Map(state.timeline.map((entry) => [entry.seq, entry.stage]));
  const stageOf = (event: ChallengeEvent): number => stageBySeq.get(event.seq) ?? state.currentStage;
  const atStage = (stage: number | undefined) => (event: ChallengeEvent) =>
    stage === undefined || stageOf(event) === stage;
  const escalations = events.filter(ofType('escalated'));
  return {
    stageOf,
    contacts: (stage) => events.filter(ofType('contact-logged')).filter(atStage(stage)),
    meetings: (stage) => events.filter(ofType('meeting-recorded')).filter(atStage(stage)),
    escalations: () => escalations,
    escalationInto: (stage) => escalations.filter((event) => event.toStage === stage).at(-1),
    notes: () => events.filter(ofType('note-added')),
    emails: () => events.filter(ofType('email-drafted')),
    partnershipInformed: () => events.filter(ofType('partnership-informed')),
    stagesReached: () => [...new Set(state.stageHistory.map((spell) => spell.stage))].sort((a, b) => a - b),
  };
}

/** "Stage 2 (Line manager to line manager)", or "Stage 2" when the protocol lacks the stage. */
export function stageLabel(protocol: Protocol, stage: number): string {
  const title = protocol.stages.find((candidate) => candidate.number === stage)?.title;
  return title === undefined ? `Stage ${stage}` : `Stage ${stage} (${title})`;
}

/** The label of the challenge's area of disagreement in its protocol, or its id when unknown. */
export function areaLabel(protocol: Protocol, areaId: string): string {
  return protocol.areasOfDisagreement.find((area) => area.id === areaId)?.label ?? areaId;
}

/** "the child" or "the adult at risk": whom the challenge is about (child-focused wording, RPD briefing). */
export function whoFor(state: Pick<ChallengeState, 'subject'>): string {
  return state.subject === 'child' ? 'the child' : 'the adult at risk';
}
