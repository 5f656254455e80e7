import { DEFAULT_WORKING_HOURS, type BankHolidayCalendar, type Nation, type WorkingHours } from '../calendar';
import type { Protocol, Timeframe } from '../protocols';
import type { ChallengeEvent, ChallengeEventType, EventOf, OpenedEvent } from './events';
import type { ChallengeStatus } from './progress';
import { findStage } from './progress';
import {
  deadlineForStage,
  deadlineStanding,
  stageWorkingDays,
  type DeadlineContext,
  type DeadlineState,
  type StageDeadline,
} from './stage-deadlines';

/** One spell of the challenge at one stage. A reopened stage starts a new spell at the same stage. */
export interface StageSpell {
  stage: number;
  startedAt: string;
  endedAt: string | null;
  /** Working days the escalator set for this spell (set-by-escalator or as-soon-as-possible stages). */
  agreedWorkingDays: number | null;
  deadline: StageDeadline | null;
  outcome: 'escalated' | 'resolved' | 'withdrawn' | null;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  type: ChallengeEventType;
  /** The stage the challenge was at once the event applied. */
  stage: number;
}

export interface ChallengeState {
  challengeId: string;
  status: ChallengeStatus;
  protocolId: string;
  protocolVersion: string;
  nation: Nation;
  workingHours: WorkingHours;
  caseReference: string;
  subject: OpenedEvent['subject'];
  childInCare: boolean;
  areaOfDisagreement: string;
  decision: OpenedEvent['decision'];
  decisionMaker: OpenedEvent['decisionMaker'];
  practitioner: OpenedEvent['practitioner'];
  reason: string;
  outcomeSought: string;
  immediateRisk: boolean;
  skipReason: string | null;
  openedAt: string;
  currentStage: number;
  stageTitle: string | null;
  stageStartedAt: string;
  /** The protocol's timeframe for the current stage ({ kind: 'none' } if the protocol lacks the stage). */
  timeframe: Timeframe;
  agreedWorkingDays: number | null;
  /** Null unless the challenge is open and its current stage has a timeframe in working days. */
  deadline: StageDeadline | null;
  deadlineState: DeadlineState | null;
  workingDaysLeft: number | null;
  stageHistory: StageSpell[];
  thresholdReached: boolean;
  thresholdReachedAt: string | null;
  partnershipInformed: boolean;
  partnershipInformedAt: string | null;
  resolution: Omit<EventOf<'resolved'>, 'type' | 'id' | 'challengeId' | 'seq'> | null;
  withdrawal: { at: string; reason: string } | null;
  timeline: TimelineEntry[];
  lastChangeAt: string;
  seq: number;
  /** The `now` the deadline standing was computed against. */
  derivedAt: string;
}

export interface DeriveContext {
  protocol: Protocol;
  now: Date;
  calendar?: BankHolidayCalendar;
  /** Used only when the opened event carries no working-hours snapshot. */
  hours?: WorkingHours;
}

interface Walk {
  status: ChallengeStatus;
  spells: StageSpell[];
  partnershipInformedAt: string | null;
  resolution: ChallengeState['resolution'];
  withdrawal: ChallengeState['withdrawal'];
  timeline: TimelineEntry[];
}

function closeSpell(spell: StageSpell, at: string, outcome: StageSpell['outcome']): void {
  spell.endedAt = at;
  spell.outcome = outcome;
}

function applyToWalk(walk: Walk, event: ChallengeEvent): void {
  const spell = walk.spells[walk.spells.length - 1] as StageSpell;
  switch (event.type) {
    case 'escalated':
      closeSpell(spell, event.at, 'escalated');
      walk.spells.push(newSpell(event.toStage, event.at, null));
      break;
    case 'timeframe-set':
      spell.agreedWorkingDays = event.workingDays;
      break;
    case 'resolved': {
      walk.status = 'resolved';
      closeSpell(spell, event.at, 'resolved');
      const { type: _type, id: _id, challengeId: _challengeId, seq: _seq, ...resolution } = event;
      walk.resolution = resolution;
      break;
    }
    case 'withdrawn':
      walk.status = 'withdrawn';
      closeSpell(spell, event.at, 'withdrawn');
      walk.withdrawal = { at: event.at, reason: event.reason };
      break;
    case 'reopened':
      // The stage resumes where it stopped, with the timeframe it had, counted afresh from the reopening.
      walk.status = 'open';
      walk.resolution = null;
      walk.withdrawal = null;
      walk.spells.push(newSpell(spell.stage, event.at, spell.agreedWorkingDays));
      break;
    case 'partnership-informed':
      walk.partnershipInformedAt ??= event.at;
      break;
    default:
      break;
  }
  const stage = (walk.spells[walk.spells.length - 1] as StageSpell).stage;
  walk.timeline.push({ seq: event.seq, at: event.at, type: event.type, stage });
}

function newSpell(stage: number, startedAt: string, agreedWorkingDays: number | null): StageSpell {
  return { stage, startedAt, endedAt: null, agreedWorkingDays, deadline: null, outcome: null };
}

const noTimeframe: Timeframe = { kind: 'none' };

/**
 * The one pure function that turns a challenge's accepted history into its current state. Feed it only
 * histories `appendEvent` accepted; it is lenient with anything else rather than throwing, except that a
 * history must start with 'opened'.
 */
export function deriveChallengeState(events: readonly ChallengeEvent[], ctx: DeriveContext): ChallengeState {
  const opened = events[0];
  if (opened === undefined || opened.type !== 'opened') {
    throw new Error('deriveChallengeState needs a history that starts with the opened event');
  }
  const { protocol, now } = ctx;
  const deadlineContext: DeadlineContext = {
    nation: opened.nation,
    hours: opened.workingHours ?? ctx.hours ?? DEFAULT_WORKING_HOURS,
    calendar: ctx.calendar,
  };
  const walk: Walk = {
    status: 'open',
    spells: [newSpell(opened.startingStage, opened.at, null)],
    partnershipInformedAt: null,
    resolution: null,
    withdrawal: null,
    timeline: [{ seq: opened.seq, at: opened.at, type: 'opened', stage: opened.startingStage }],
  };
  for (const event of events.slice(1)) applyToWalk(walk, event);

  const timeframeOf = (stage: number): Timeframe => findStage(protocol, stage)?.timeframe ?? noTimeframe;
  for (const spell of walk.spells) {
    const days = stageWorkingDays(timeframeOf(spell.stage), spell.agreedWorkingDays);
    spell.deadline = deadlineForStage(spell.startedAt, days, deadlineContext);
  }

  const current = walk.spells[walk.spells.length - 1] as StageSpell;
  const deadline = walk.status === 'open' ? current.deadline : null;
  const standing = deadline === null ? null : deadlineStanding(deadline, now, deadlineContext);
  // Darlington 4.1, LSCB 2019: the partnership must be told once the challenge *moves to* the threshold
  // stage, so reaching it once is enough even if the challenge is later resolved.
  const thresholdSpell = walk.spells.find((spell) => spell.stage >= protocol.reportingThresholdStage);
  const last = events[events.length - 1] as ChallengeEvent;

  return {
    challengeId: opened.challengeId,
    status: walk.status,
    protocolId: opened.protocolId,
    protocolVersion: opened.protocolVersion,
    nation: opened.nation,
    workingHours: deadlineContext.hours,
    caseReference: opened.caseReference,
    subject: opened.subject,
    childInCare: opened.childInCare,
    areaOfDisagreement: opened.areaOfDisagreement,
    decision: opened.decision,
    decisionMaker: opened.decisionMaker,
    practitioner: opened.practitioner,
    reason: opened.reason,
    outcomeSought: opened.outcomeSought,
    // At opening, or found later and recorded on an escalation (events.ts).
    immediateRisk: events.some(
      (event) => (event.type === 'opened' || event.type === 'escalated') && event.immediateRisk === true,
    ),
    skipReason: opened.skipReason ?? null,
    openedAt: opened.at,
    currentStage: current.stage,
    stageTitle: findStage(protocol, current.stage)?.title ?? null,
    stageStartedAt: current.startedAt,
    timeframe: timeframeOf(current.stage),
    agreedWorkingDays: current.agreedWorkingDays,
    deadline,
    deadlineState: standing?.state ?? null,
    workingDaysLeft: standing?.workingDaysLeft ?? null,
    stageHistory: walk.spells,
    thresholdReached: thresholdSpell !== undefined,
    thresholdReachedAt: thresholdSpell?.startedAt ?? null,
    partnershipInformed: walk.partnershipInformedAt !== null,
    partnershipInformedAt: walk.partnershipInformedAt,
    resolution: walk.resolution,
    withdrawal: walk.withdrawal,
    timeline: walk.timeline,
    lastChangeAt: last.at,
    seq: last.seq,
    derivedAt: now.toISOString(),
  };
}
