import type { ChallengeEvent } from '../../../lib/challenge';
import type { Protocol } from '../../../lib/protocols';

/**
 * The reference model for the model-based test: what a challenge is (opened or not, status, stage, the
 * highest stage reached, immediate risk) and which rules an event breaks, written straight from the
 * protocols' rules and independently of lib/challenge. It lists *every* broken rule, in no order; the
 * implementation must refuse exactly when the list is not empty, naming one of them.
 */
export interface Model {
  opened: boolean;
  challengeId: string;
  status: 'open' | 'resolved' | 'withdrawn';
  stage: number;
  maxStage: number;
  immediateRisk: boolean;
  count: number;
  ids: Set<string>;
}

export const emptyModel = (): Model => ({
  opened: false,
  challengeId: '',
  status: 'open',
  stage: 1,
  maxStage: 1,
  immediateRisk: false,
  count: 0,
  ids: new Set(),
});

/** Every rule the next event breaks, in no particular order: the reference model. */
export function brokenRules(event: ChallengeEvent, model: Model, protocol: Protocol): Set<string> {
  const broken = new Set<string>();
  const last = protocol.stages.length;
  const skipAllowed = protocol.immediateRisk?.stagesMayBeSkipped !== false;
  const checkSkip = (risk: boolean, reason: string | undefined) => {
    if (!risk) broken.add('skip-needs-immediate-risk');
    if (!skipAllowed) broken.add('protocol-forbids-skipping');
    if (reason === undefined) broken.add('skip-needs-reason');
  };
  if (!model.opened) {
    if (event.type !== 'opened') broken.add('first-event-must-be-opened');
    if (event.seq !== 0) broken.add('sequence-gap');
  } else {
    if (event.type === 'opened') broken.add('challenge-already-opened');
    if (event.challengeId !== model.challengeId) broken.add('wrong-challenge');
    if (event.seq !== model.count) broken.add('sequence-gap');
    if (model.ids.has(event.id)) broken.add('duplicate-event-id');
    if (event.type === 'reopened' && model.status === 'open') broken.add('reopen-needs-closed');
    if (event.type !== 'reopened' && model.status === 'withdrawn')
      broken.add('closed-challenge-accepts-only-reopen');
    const followUp = ['note-added', 'email-drafted', 'partnership-informed', 'reopened'].includes(event.type);
    if (!followUp && model.status === 'resolved') broken.add('resolved-challenge-needs-reopen');
  }
  switch (event.type) {
    case 'opened':
      if (event.protocolId !== protocol.id) broken.add('protocol-mismatch');
      if (!protocol.covers.includes(event.subject === 'child' ? 'children' : 'adults-at-risk'))
        broken.add('subject-not-covered');
      if (!protocol.areasOfDisagreement.some((a) => a.id === event.areaOfDisagreement))
        broken.add('area-not-in-protocol');
      if (event.childInCare && event.subject === 'adult-at-risk')
        broken.add('child-in-care-needs-child-subject');
      if (event.startingStage > last) broken.add('unknown-stage');
      else if (event.startingStage > 1) checkSkip(event.immediateRisk, event.skipReason);
      break;
    case 'escalated':
      if (event.toStage > last) broken.add('escalation-past-last-stage');
      else if (event.toStage <= model.stage) broken.add('escalation-must-move-up');
      // Immediate risk can be recorded on the escalation itself: it may arise at any point (Pan-Sussex 1).
      else if (event.toStage > model.stage + 1)
        checkSkip(model.immediateRisk || event.immediateRisk === true, event.skipReason);
      break;
    case 'timeframe-set': {
      const kind = protocol.stages[event.stage - 1]?.timeframe.kind;
      if (event.stage !== model.stage) broken.add('timeframe-for-current-stage-only');
      else if (kind === 'working-days' || kind === 'none') broken.add('timeframe-not-set-by-escalator');
      break;
    }
    case 'resolved':
    case 'partnership-informed':
      if (event.atStage !== model.stage) broken.add('stage-not-current');
      break;
    default:
      break;
  }
  return broken;
}

export function applyToModel(event: ChallengeEvent, model: Model): void {
  model.count += 1;
  model.ids.add(event.id);
  if (event.type === 'opened') {
    Object.assign(model, {
      opened: true,
      challengeId: event.challengeId,
      status: 'open',
      immediateRisk: event.immediateRisk,
    });
    model.stage = model.maxStage = event.startingStage;
  } else if (event.type === 'escalated') {
    model.stage = event.toStage;
    model.maxStage = Math.max(model.maxStage, event.toStage);
    if (event.immediateRisk === true) model.immediateRisk = true;
  } else if (event.type === 'resolved') model.status = 'resolved';
  else if (event.type === 'withdrawn') model.status = 'withdrawn';
  else if (event.type === 'reopened') model.status = 'open';
}
