import type { ChallengeState } from '../challenge';
import type { Protocol } from '../protocols';
import { EMAIL_KINDS, type DraftContext, type EmailDraft, type EmailKind } from './draft-types';
import { emailSubject } from './email-subject';
import { escalationBody, goesToPartnership } from './escalation-emails';
import { isMeetingStage, meetingRequestBody } from './meeting-request';
import { partnershipReportBody, resolutionConfirmationBody } from './partnership-emails';
import { stageOneSummaryBody } from './stage-one-summary';

/** The stage each stage email belongs to. */
const STAGE_OF_KIND: Partial<Record<EmailKind, number>> = {
  'stage-1-summary': 1,
  'stage-2-manager': 2,
  'stage-3-meeting-request': 3,
  'stage-4-escalation': 4,
  'stage-5-escalation': 5,
};

const hasStage = (protocol: Protocol, stage: number): boolean =>
  protocol.stages.some((candidate) => candidate.number === stage);

/**
 * The drafts that make sense now, in ladder order: a stage's email once the challenge has reached that stage
 * and while it is open (a summary forgotten at Stage 1 can still be written at Stage 2); the partnership report
 * once the protocol's reporting threshold is reached; the confirmation once the challenge is resolved.
 */
export function availableDrafts(protocol: Protocol, state: ChallengeState): EmailKind[] {
  const reached = new Set(state.stageHistory.map((spell) => spell.stage));
  return EMAIL_KINDS.filter((kind) => {
    const stage = STAGE_OF_KIND[kind];
    if (stage !== undefined)
      return state.status === 'open' && reached.has(stage) && hasStage(protocol, stage);
    if (kind === 'partnership-report') return state.thresholdReached && state.status !== 'withdrawn';
    return state.status === 'resolved';
  });
}

function bodyOf(kind: EmailKind, ctx: DraftContext): string {
  switch (kind) {
    case 'stage-1-summary':
      return stageOneSummaryBody(ctx);
    case 'stage-3-meeting-request':
      return isMeetingStage(ctx.protocol, 3) ? meetingRequestBody(ctx, 3) : escalationBody(ctx, 3);
    case 'stage-2-manager':
    case 'stage-4-escalation':
    case 'stage-5-escalation':
      return escalationBody(ctx, STAGE_OF_KIND[kind] as number);
    case 'partnership-report':
      return partnershipReportBody(ctx);
    case 'resolution-confirmation':
      return resolutionConfirmationBody(ctx);
  }
}

/** Whom the draft goes to, where the protocol gives an address (the partnership's); else the practitioner adds it. */
function recipients(kind: EmailKind, ctx: DraftContext): string[] {
  const { protocol } = ctx;
  const stage = STAGE_OF_KIND[kind];
  const toPartnership =
    kind === 'partnership-report' || (stage !== undefined && goesToPartnership(protocol, stage));
  return toPartnership && protocol.reportTo.email !== undefined ? [protocol.reportTo.email] : [];
}

/**
 * A calm, factual, child-focused draft in the practitioner's name, for them to edit before sending.
 * @throws RangeError when the protocol has no stage for a stage email (e.g. a three-stage imported protocol).
 */
export function draftEmail(kind: EmailKind, ctx: DraftContext): EmailDraft & { kind: EmailKind } {
  const stage = STAGE_OF_KIND[kind];
  if (stage !== undefined && !hasStage(ctx.protocol, stage)) {
    throw new RangeError(`kind: ${ctx.protocol.name} has no Stage ${stage}, so there is no "${kind}" email`);
  }
  const subjectStage =
    kind === 'resolution-confirmation'
      ? (ctx.state.resolution?.atStage ?? ctx.state.currentStage)
      : (stage ?? ctx.state.currentStage);
  return {
    kind,
    to: recipients(kind, ctx),
    subject: emailSubject(kind, {
      protocol: ctx.protocol,
      caseReference: ctx.state.caseReference,
      stage: subjectStage,
      subjectPrefix: ctx.settings.subjectPrefix,
    }),
    body: bodyOf(kind, ctx),
  };
}
