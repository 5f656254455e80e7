import { z } from 'zod';
import {
  LIMITS,
  actionListSchema,
  decisionMakerSchema,
  decisionSchema,
  exactText,
  isoDate,
  isoInstant,
  nationSchema,
  personSchema,
  practitionerSchema,
  stageNumber,
  typedText,
  workingHoursSchema,
} from './event-fields';

/**
 * A challenge is an append-only history of these events (DESIGN.md, "The house"). Each variant is
 * declared once as a *draft* (what a UI sends) and once as a stored *event*: the draft plus the
 * id, challenge id, sequence number and timestamp that only the background fills in.
 */

const narrative = typedText(LIMITS.narrative);

const openedDraft = z.object({
  type: z.literal('opened'),
  protocolId: typedText(LIMITS.label),
  protocolVersion: typedText(LIMITS.label),
  nation: nationSchema,
  /**
   * Working hours snapshot taken when the challenge is opened. Deadlines are computed with it, so changing
   * the hours in settings later moves no deadline of a challenge already under way (a deadline the
   * practitioner has told a colleague about must not silently shift). Optional for hand-made or imported
   * histories: derivation then falls back to the caller's hours, then to the calendar's default.
   */
  workingHours: workingHoursSchema.optional(),
  caseReference: typedText(LIMITS.caseReference),
  subject: z.enum(['child', 'adult-at-risk']),
  /** 2019 LSCB policy: a child in care is a matter for the child's Independent Reviewing Officer. */
  childInCare: z.boolean(),
  /** The id of one of the protocol's `areasOfDisagreement`. */
  areaOfDisagreement: typedText(LIMITS.label),
  decision: decisionSchema,
  decisionMaker: decisionMakerSchema,
  practitioner: practitionerSchema,
  reason: narrative,
  outcomeSought: narrative,
  immediateRisk: z.boolean(),
  /** 1 normally. Higher only when the child or adult is at immediate risk, with `skipReason` recorded. */
  startingStage: stageNumber,
  skipReason: narrative.optional(),
});

const contactLoggedDraft = z.object({
  type: z.literal('contact-logged'),
  occurredAt: isoInstant,
  method: z.enum(['phone', 'video', 'in-person', 'email', 'meeting']),
  withWhom: personSchema,
  discussed: narrative,
  agreed: narrative.optional(),
  actions: actionListSchema,
});

const noteAddedDraft = z.object({
  type: z.literal('note-added'),
  text: narrative,
});

const timeframeSetDraft = z.object({
  type: z.literal('timeframe-set'),
  /** Must be the current stage: Pan-Sussex asks the escalator to state the timeframe at each stage. */
  stage: stageNumber,
  workingDays: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(60, 'must be 60 or fewer'),
  note: typedText(LIMITS.short).optional(),
});

const escalatedDraft = z.object({
  type: z.literal('escalated'),
  toStage: stageNumber,
  reason: narrative,
  /** Required when stages are skipped, which only immediate risk allows. */
  skipReason: narrative.optional(),
  /**
   * Set when the child or adult is found to be at immediate risk after the challenge was opened. Pan-Sussex
   * 1 leaves "which stage is initiated" to discretion whenever a child "is thought to be at risk of
   * immediate harm", not only at the start. Once recorded it stands for the rest of the challenge, like the
   * opening's `immediateRisk`; there is no `false` because no protocol describes standing the risk down.
   */
  immediateRisk: z.literal(true, { error: 'must be true when given' }).optional(),
});

/** Darlington Stage 3 and its Recording Tool (Appendix 1); LSCB 2019 Stage 3 interagency meeting. */
const meetingRecordedDraft = z.object({
  type: z.literal('meeting-recorded'),
  heldAt: isoInstant,
  managerAgreement: z.object({ name: typedText(LIMITS.label), agreedOn: isoDate }).optional(),
  attendees: z
    .array(personSchema)
    .min(1, 'must name at least one attendee')
    .max(LIMITS.listItems, `must list at most ${LIMITS.listItems} attendees`),
  discussion: narrative,
  agreedActions: actionListSchema,
  outstandingIssues: narrative.optional(),
  barriers: narrative.optional(),
  nextSteps: narrative.optional(),
});

const partnershipInformedDraft = z.object({
  type: z.literal('partnership-informed'),
  atStage: stageNumber,
  method: z.enum(['email', 'recording-tool', 'phone', 'meeting', 'other']),
  recipient: typedText(LIMITS.label).optional(),
  notes: narrative.optional(),
});

export const EMAIL_KINDS = [
  'stage-1-summary',
  'stage-2-manager',
  'stage-3-meeting-request',
  'stage-4-escalation',
  'stage-5-escalation',
  'partnership-report',
  'resolution-confirmation',
] as const;
export const EMAIL_CHANNELS = ['mailto', 'outlook-web', 'gmail', 'eml', 'clipboard'] as const;

const emailDraftedDraft = z.object({
  type: z.literal('email-drafted'),
  kind: z.enum(EMAIL_KINDS),
  channel: z.enum(EMAIL_CHANNELS),
  /** Kept so the history shows what was sent ("follow up ... with an email", Darlington Stage 1). */
  subject: exactText(LIMITS.short).optional(),
  body: exactText(LIMITS.emailBody).optional(),
});

const resolvedDraft = z.object({
  type: z.literal('resolved'),
  atStage: stageNumber,
  outcome: narrative,
  /** "Are the professionals involved satisfied with the outcome?" (Darlington 4.2, LSCB 2019). */
  professionalsSatisfied: z.enum(['yes', 'no', 'partly']),
  /** "If resolution could not be achieved was the issue referred to the LSCB?" (LSCB 2019). */
  referredToPartnership: z.boolean().optional(),
});

const withdrawnDraft = z.object({ type: z.literal('withdrawn'), reason: narrative });
const reopenedDraft = z.object({ type: z.literal('reopened'), reason: narrative });

const drafts = [
  openedDraft,
  contactLoggedDraft,
  noteAddedDraft,
  timeframeSetDraft,
  escalatedDraft,
  meetingRecordedDraft,
  partnershipInformedDraft,
  emailDraftedDraft,
  resolvedDraft,
  withdrawnDraft,
  reopenedDraft,
] as const;

/** What a UI sends: an event without id, challenge id, sequence number or timestamp. */
export const newChallengeEventSchema = z.discriminatedUnion('type', drafts);
export type NewChallengeEvent = z.infer<typeof newChallengeEventSchema>;

const stamp = {
  id: z.uuid('must be a UUID'),
  challengeId: z.uuid('must be a UUID'),
  seq: z.number().int().min(0),
  at: isoInstant,
};
export type EventStamp = { id: string; challengeId: string; seq: number; at: string };

export const challengeEventSchema = z.discriminatedUnion('type', [
  openedDraft.extend(stamp),
  contactLoggedDraft.extend(stamp),
  noteAddedDraft.extend(stamp),
  timeframeSetDraft.extend(stamp),
  escalatedDraft.extend(stamp),
  meetingRecordedDraft.extend(stamp),
  partnershipInformedDraft.extend(stamp),
  emailDraftedDraft.extend(stamp),
  resolvedDraft.extend(stamp),
  withdrawnDraft.extend(stamp),
  reopenedDraft.extend(stamp),
]);
export type ChallengeEvent = z.infer<typeof challengeEventSchema>;
export type ChallengeEventType = ChallengeEvent['type'];
export type EventOf<T extends ChallengeEventType> = Extract<ChallengeEvent, { type: T }>;
export type OpenedEvent = EventOf<'opened'>;

export const CHALLENGE_EVENT_TYPES = challengeEventSchema.options.map(
  (option) => option.shape.type.value,
) as readonly ChallengeEventType[];

/** Turns a parsed draft into the event to append. The caller (the background) supplies the stamp. */
export function stampEvent(draft: NewChallengeEvent, eventStamp: EventStamp): ChallengeEvent {
  return { ...draft, ...eventStamp };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; rule: 'invalid-event'; message: string };

/** Names the first problem by field path, e.g. "decisionMaker.agency: must not be empty". */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'event'}: ${issue.message}`)
    .join('; ');
}

export function parseChallengeEvent(input: unknown): ParseResult<ChallengeEvent> {
  const result = challengeEventSchema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, rule: 'invalid-event', message: describeIssues(result.error) };
}

export function parseNewChallengeEvent(input: unknown): ParseResult<NewChallengeEvent> {
  const result = newChallengeEventSchema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, rule: 'invalid-event', message: describeIssues(result.error) };
}
