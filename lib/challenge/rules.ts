import type { Protocol } from '../protocols';
import type { ChallengeEvent, EventOf, OpenedEvent } from './events';
import { findStage, foldProgress, nextStageAfter, stageNumbers, type ChallengeProgress } from './progress';

/**
 * The rules the protocols imply for a challenge's history. The background calls `appendEvent` before it
 * stores anything, so every stored history is one these rules accepted; a refusal names its rule and
 * tells the practitioner what to do instead.
 */
export type ChallengeRule =
  | 'first-event-must-be-opened'
  | 'challenge-already-opened'
  | 'sequence-gap'
  | 'wrong-challenge'
  | 'duplicate-event-id'
  | 'protocol-mismatch'
  | 'subject-not-covered'
  | 'area-not-in-protocol'
  | 'child-in-care-needs-child-subject'
  | 'unknown-stage'
  | 'escalation-past-last-stage'
  | 'escalation-must-move-up'
  | 'skip-needs-immediate-risk'
  | 'protocol-forbids-skipping'
  | 'skip-needs-reason'
  | 'timeframe-for-current-stage-only'
  | 'timeframe-not-set-by-escalator'
  | 'stage-not-current'
  | 'closed-challenge-accepts-only-reopen'
  | 'resolved-challenge-needs-reopen'
  | 'reopen-needs-closed';

export type RuleCheck = { ok: true } | { ok: false; rule: ChallengeRule; message: string };

const accept: RuleCheck = { ok: true };
const refuse = (rule: ChallengeRule, message: string): RuleCheck => ({ ok: false, rule, message });

/**
 * What a resolved challenge still accepts without reopening: the partnership report and the resolution
 * email come after the resolution by design (Darlington 4.2 and LSCB 2019 ask "How was the issue
 * resolved?"), and a note never hurts. Anything that moves the challenge needs a reopen first.
 */
const FOLLOW_UPS_AFTER_RESOLUTION = new Set<ChallengeEvent['type']>([
  'note-added',
  'email-drafted',
  'partnership-informed',
]);

const stageName = (protocol: Protocol, stage: number): string => {
  const found = findStage(protocol, stage);
  return found ? `Stage ${stage} (${found.title})` : `Stage ${stage}`;
};

function checkOpened(event: OpenedEvent, protocol: Protocol): RuleCheck {
  if (event.protocolId !== protocol.id) {
    return refuse(
      'protocol-mismatch',
      `This challenge names protocol "${event.protocolId}" but was checked against "${protocol.id}". Choose the partnership's protocol again.`,
    );
  }
  if (!protocol.covers.includes(event.subject === 'child' ? 'children' : 'adults-at-risk')) {
    return refuse(
      'subject-not-covered',
      `${protocol.name} covers ${protocol.covers.join(' and ')} only. Choose your partnership's protocol for ${event.subject === 'child' ? 'children' : 'adults at risk'}.`,
    );
  }
  if (!protocol.areasOfDisagreement.some((area) => area.id === event.areaOfDisagreement)) {
    return refuse(
      'area-not-in-protocol',
      `"${event.areaOfDisagreement}" is not an area of disagreement in ${protocol.name}. Pick one from its list.`,
    );
  }
  if (event.childInCare && event.subject !== 'child') {
    return refuse(
      'child-in-care-needs-child-subject',
      'Only a child can be a child in care. Untick "child in care".',
    );
  }
  const first = stageNumbers(protocol)[0];
  if (findStage(protocol, event.startingStage) === undefined) {
    return refuse('unknown-stage', `${protocol.name} has no Stage ${event.startingStage}.`);
  }
  if (first !== undefined && event.startingStage > first) {
    return checkSkip(event.immediateRisk, event.skipReason, event.startingStage, protocol, 'start at');
  }
  return accept;
}

function checkSkip(
  immediateRisk: boolean,
  skipReason: string | undefined,
  toStage: number,
  protocol: Protocol,
  verb: 'start at' | 'escalate to',
): RuleCheck {
  // Pan-Sussex 1: "if a child is thought to be at risk of immediate harm, discretion should be used as to
  // which stage is initiated". Otherwise the ladder is climbed one rung at a time.
  const oneStep = verb === 'start at' ? 'Start at Stage 1' : 'Escalate to the next stage';
  if (!immediateRisk) {
    return refuse(
      'skip-needs-immediate-risk',
      `Stages can only be skipped when the child or adult is at immediate risk. ${oneStep}, or record the immediate risk.`,
    );
  }
  // A protocol that says so (Darlington DSP 2024 never provides for it) keeps the ladder whole even then:
  // its stages are to be climbed quickly instead. A protocol silent on the point leaves it to the rule above.
  if (protocol.immediateRisk?.stagesMayBeSkipped === false) {
    return refuse(
      'protocol-forbids-skipping',
      `${protocol.name} does not provide for skipping stages. ${oneStep} as quickly as the risk demands, and act now to keep the child or adult safe: the challenge must never delay that.`,
    );
  }
  if (skipReason === undefined) {
    return refuse(
      'skip-needs-reason',
      `To ${verb} ${stageName(protocol, toStage)} directly, record why the earlier stages are skipped.`,
    );
  }
  return accept;
}

function checkEscalation(
  event: EventOf<'escalated'>,
  progress: ChallengeProgress,
  protocol: Protocol,
): RuleCheck {
  const numbers = stageNumbers(protocol);
  const last = numbers[numbers.length - 1] ?? 0;
  if (event.toStage > last) {
    return refuse(
      'escalation-past-last-stage',
      `${protocol.name} ends at ${stageName(protocol, last)}; there is no stage to escalate to beyond it.`,
    );
  }
  if (event.toStage <= progress.currentStage) {
    return refuse(
      'escalation-must-move-up',
      `The challenge is at Stage ${progress.currentStage}; escalation goes to a higher stage.`,
    );
  }
  if (findStage(protocol, event.toStage) === undefined) {
    return refuse('unknown-stage', `${protocol.name} has no Stage ${event.toStage}.`);
  }
  const next = nextStageAfter(protocol, progress.currentStage);
  if (next !== null && event.toStage > next) {
    // The risk may have been recorded at opening, on an earlier escalation, or on this one: it can arise at
    // any point while the challenge is under way.
    const atRisk = progress.immediateRisk || event.immediateRisk === true;
    return checkSkip(atRisk, event.skipReason, event.toStage, protocol, 'escalate to');
  }
  return accept;
}

function checkTimeframe(
  event: EventOf<'timeframe-set'>,
  progress: ChallengeProgress,
  protocol: Protocol,
): RuleCheck {
  if (event.stage !== progress.currentStage) {
    return refuse(
      'timeframe-for-current-stage-only',
      `The challenge is at Stage ${progress.currentStage}; a timeframe can only be set for the current stage.`,
    );
  }
  const stage = findStage(protocol, event.stage);
  if (stage === undefined) return refuse('unknown-stage', `${protocol.name} has no Stage ${event.stage}.`);
  // Pan-Sussex 2: "At each stage the person escalating should clearly state the timeframe". Darlington 2.3
  // also asks for "a time frame ... determined on a case-by-case basis", so a stage the protocol leaves "as
  // soon as possible" may be given a concrete one. A fixed protocol timeframe is not the practitioner's to
  // change, and a protocol that gives none leaves nothing to set.
  if (stage.timeframe.kind === 'working-days') {
    return refuse(
      'timeframe-not-set-by-escalator',
      `${protocol.name} fixes ${stageName(protocol, event.stage)} at ${stage.timeframe.days} working day(s); that timeframe cannot be changed here.`,
    );
  }
  if (stage.timeframe.kind === 'none') {
    return refuse(
      'timeframe-not-set-by-escalator',
      `${protocol.name} gives no timeframe for ${stageName(protocol, event.stage)}, so there is none to set. Add a note with the date you agreed instead.`,
    );
  }
  return accept;
}

function checkAgainstStatus(next: ChallengeEvent, progress: ChallengeProgress): RuleCheck {
  if (next.type === 'reopened') {
    return progress.status === 'open'
      ? refuse(
          'reopen-needs-closed',
          'This challenge is still open; only a resolved or withdrawn challenge can be reopened.',
        )
      : accept;
  }
  if (progress.status === 'withdrawn') {
    return refuse(
      'closed-challenge-accepts-only-reopen',
      'This challenge was withdrawn. Reopen it first if you need to add to it.',
    );
  }
  if (progress.status === 'resolved' && !FOLLOW_UPS_AFTER_RESOLUTION.has(next.type)) {
    return refuse(
      'resolved-challenge-needs-reopen',
      `This challenge was resolved at Stage ${progress.currentStage}. Reopen it to log contact, escalate or change it.`,
    );
  }
  return accept;
}

function checkStageField(atStage: number, progress: ChallengeProgress): RuleCheck {
  return atStage === progress.currentStage
    ? accept
    : refuse(
        'stage-not-current',
        `The challenge is at Stage ${progress.currentStage}, not Stage ${atStage}.`,
      );
}

/** Judges whether `next` may follow the accepted history `events` under `protocol`. */
export function checkNextEvent(
  events: readonly ChallengeEvent[],
  next: ChallengeEvent,
  protocol: Protocol,
): RuleCheck {
  if (events.length === 0) {
    if (next.type !== 'opened') {
      return refuse(
        'first-event-must-be-opened',
        'A challenge starts by being opened; nothing can be added before that.',
      );
    }
    if (next.seq !== 0) return refuse('sequence-gap', `The opening event must be number 0, not ${next.seq}.`);
    return checkOpened(next, protocol);
  }
  const progress = foldProgress(events);
  if (progress === null) {
    return refuse(
      'first-event-must-be-opened',
      'This history does not start with the challenge being opened.',
    );
  }
  if (next.type === 'opened') {
    return refuse(
      'challenge-already-opened',
      'This challenge is already open; start a new challenge instead.',
    );
  }
  if (next.challengeId !== progress.opened.challengeId) {
    return refuse('wrong-challenge', 'This entry belongs to a different challenge.');
  }
  if (next.seq !== events.length) {
    return refuse(
      'sequence-gap',
      `Expected entry number ${events.length} but got ${next.seq}: the challenge changed meanwhile (another window?). Reload it and try again.`,
    );
  }
  if (progress.eventIds.has(next.id)) {
    return refuse('duplicate-event-id', 'This entry has already been recorded.');
  }
  const statusCheck = checkAgainstStatus(next, progress);
  if (!statusCheck.ok) return statusCheck;
  switch (next.type) {
    case 'escalated':
      return checkEscalation(next, progress, protocol);
    case 'timeframe-set':
      return checkTimeframe(next, progress, protocol);
    case 'resolved':
    case 'partnership-informed':
      return checkStageField(next.atStage, progress);
    default:
      return accept;
  }
}

export type AppendResult =
  { ok: true; events: ChallengeEvent[] } | { ok: false; rule: ChallengeRule; message: string };

/** Returns the history with `next` appended, or the refusal. Never mutates `events`. */
export function appendEvent(
  events: readonly ChallengeEvent[],
  next: ChallengeEvent,
  protocol: Protocol,
): AppendResult {
  const check = checkNextEvent(events, next, protocol);
  return check.ok ? { ok: true, events: [...events, next] } : check;
}

export type SequenceCheck = { ok: true } | { ok: false; index: number; rule: ChallengeRule; message: string };

/** Replays a whole history (an import, a restored backup) through the rules; names the first refusal. */
export function checkEventSequence(events: readonly ChallengeEvent[], protocol: Protocol): SequenceCheck {
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index] as ChallengeEvent;
    const check = checkNextEvent(events.slice(0, index), event, protocol);
    if (!check.ok) return { ok: false, index, rule: check.rule, message: check.message };
  }
  return { ok: true };
}
