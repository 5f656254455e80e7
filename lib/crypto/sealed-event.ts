import { z } from 'zod';
import { challengeEventSchema, type ChallengeEvent, type ChallengeEventType } from '../challenge';
import { decryptJson, encryptJson, sealedBoxSchema, type SealedBox } from './sealed-box';

/**
 * A challenge event as stored while the lock is on. The fields the badge, alarms and summaries need
 * (stage numbers, enums, booleans, instants, protocol) stay in clear; everything a practitioner wrote
 * or a case page showed (quotes, names, reasons, notes, the case reference, email text) moves into one
 * encrypted `sealed` box. The list is of what may stay clear, so a field added later is sealed unless
 * someone decides otherwise here.
 */
const STAMP_FIELDS = ['id', 'challengeId', 'seq', 'at', 'type'] as const;

const CLEAR_FIELDS: Record<ChallengeEventType, readonly string[]> = {
  opened: [
    'protocolId',
    'protocolVersion',
    'nation',
    'workingHours',
    'subject',
    'childInCare',
    'areaOfDisagreement',
    'immediateRisk',
    'startingStage',
  ],
  'contact-logged': ['occurredAt', 'method'],
  'note-added': [],
  'timeframe-set': ['stage', 'workingDays'],
  escalated: ['toStage'],
  'meeting-recorded': ['heldAt'],
  'partnership-informed': ['atStage', 'method'],
  'email-drafted': ['kind', 'channel'],
  resolved: ['atStage', 'professionalsSatisfied', 'referredToPartnership'],
  withdrawn: [],
  reopened: [],
};

/** The stored shape: the stamp, the clear fields (kept as they are), and the box. */
export const sealedEventSchema = z.looseObject({
  id: z.uuid('must be a UUID'),
  challengeId: z.uuid('must be a UUID'),
  seq: z.number().int().min(0),
  at: z.string(),
  type: z.string(),
  sealed: sealedBoxSchema,
});
export type SealedEvent = z.infer<typeof sealedEventSchema>;

export function isSealedEvent(event: unknown): event is SealedEvent {
  return typeof event === 'object' && event !== null && 'sealed' in event;
}

/** Binds a box to its event, so a box copied onto another event does not open there. */
function boxContext(event: { id: string; challengeId: string; seq: number; type: string }): string {
  return `challenge-companion:event:v1:${event.challengeId}:${event.seq}:${event.id}:${event.type}`;
}

export async function sealEvent(key: CryptoKey, event: ChallengeEvent): Promise<SealedEvent> {
  const keep = new Set<string>([...STAMP_FIELDS, ...CLEAR_FIELDS[event.type]]);
  const clear: Record<string, unknown> = {};
  const personal: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(event)) {
    if (value === undefined) continue;
    (keep.has(field) ? clear : personal)[field] = value;
  }
  const sealed: SealedBox = await encryptJson(key, personal, boxContext(event));
  return { ...clear, sealed } as SealedEvent;
}

export class OpenEventError extends Error {
  override name = 'OpenEventError';
}

/** The event exactly as it was sealed, checked against the event schema once more. */
export async function openEvent(key: CryptoKey, sealed: SealedEvent): Promise<ChallengeEvent> {
  const { sealed: box, ...clear } = sealed;
  const personal = await decryptJson(key, box, boxContext(sealed));
  if (typeof personal !== 'object' || personal === null || Array.isArray(personal)) {
    throw new OpenEventError(
      `Event ${sealed.challengeId}#${sealed.seq}: its sealed fields are not a record.`,
    );
  }
  const parsed = challengeEventSchema.safeParse({ ...personal, ...clear });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OpenEventError(
      `Event ${sealed.challengeId}#${sealed.seq}: ${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
