import type { Protocol } from '../protocols';
import type { ChallengeEvent, OpenedEvent } from './events';

export type ChallengeStatus = 'open' | 'resolved' | 'withdrawn';

/**
 * The few facts the rules need to judge the next event: where the challenge stands on the ladder, and
 * whether it is still open. Derivation (derive.ts) builds the full picture on top of the same walk.
 */
export interface ChallengeProgress {
  opened: OpenedEvent;
  status: ChallengeStatus;
  currentStage: number;
  /** Recorded at opening or on any later escalation; it is never stood down. */
  immediateRisk: boolean;
  eventIds: ReadonlySet<string>;
}

/** Walks an accepted history. Returns null when it does not start with 'opened'. */
export function foldProgress(events: readonly ChallengeEvent[]): ChallengeProgress | null {
  const first = events[0];
  if (first === undefined || first.type !== 'opened') return null;
  let status: ChallengeStatus = 'open';
  let currentStage = first.startingStage;
  let immediateRisk = first.immediateRisk;
  const eventIds = new Set<string>();
  for (const event of events) {
    eventIds.add(event.id);
    switch (event.type) {
      case 'escalated':
        currentStage = event.toStage;
        immediateRisk ||= event.immediateRisk === true;
        break;
      case 'resolved':
        status = 'resolved';
        break;
      case 'withdrawn':
        status = 'withdrawn';
        break;
      case 'reopened':
        status = 'open';
        break;
      default:
        break;
    }
  }
  return { opened: first, status, currentStage, immediateRisk, eventIds };
}

/** Stage numbers of a protocol in ladder order. */
export function stageNumbers(protocol: Protocol): number[] {
  return protocol.stages.map((stage) => stage.number).sort((a, b) => a - b);
}

/** The rung above `stage`, or null at the top of the ladder. */
export function nextStageAfter(protocol: Protocol, stage: number): number | null {
  return stageNumbers(protocol).find((number) => number > stage) ?? null;
}

export function findStage(protocol: Protocol, stage: number): Protocol['stages'][number] | undefined {
  return protocol.stages.find((candidate) => candidate.number === stage);
}
