import { stampEvent, type ChallengeEvent, type NewChallengeEvent } from '../../../lib/challenge';
import { findProtocol } from '../../../lib/protocols';

/**
 * Real challenge histories (lib/challenge's events, accepted by its rules), for the tests that run the
 * store against the real domain. Ids are valid UUIDs made from numbers so they read easily.
 */

export const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
export const challengeUuid = (n: number): string => uuid(n * 1000);

type Draft<T extends ChallengeEvent['type']> = Extract<NewChallengeEvent, { type: T }>;

function openedDraft(protocolId: string, caseReference: string): Draft<'opened'> {
  const protocol = findProtocol(protocolId);
  if (!protocol) throw new Error(`built-in protocol ${protocolId} is missing`);
  return {
    type: 'opened',
    protocolId: protocol.id,
    protocolVersion: protocol.version,
    nation: 'england-and-wales',
    workingHours: { start: '09:00', end: '17:00' },
    caseReference,
    subject: 'child',
    childInCare: false,
    areaOfDisagreement: protocol.areasOfDisagreement[0]!.id,
    decision: { quote: 'Decision: no further action, case closed to Children’s Social Care' },
    decisionMaker: { name: 'Sam Ortiz', role: 'Social worker', agency: 'Children’s Social Care' },
    practitioner: { name: 'Priya Shah', role: 'Health visitor', agency: 'Community NHS Trust' },
    reason: 'Three unexplained bruises reported in a month; the decision does not address them.',
    outcomeSought: 'A strategy discussion about the child’s safety.',
    immediateRisk: false,
    startingStage: 1,
  };
}

export type RealVariant =
  'darlington-open-at-stage-2' | 'pan-sussex-resolved' | 'lscb-withdrawn-then-reopened';
export const REAL_VARIANTS: readonly RealVariant[] = [
  'darlington-open-at-stage-2',
  'pan-sussex-resolved',
  'lscb-withdrawn-then-reopened',
];

function draftsFor(variant: RealVariant, n: number): NewChallengeEvent[] {
  const caseReference = `CS-${104000 + n}`;
  switch (variant) {
    case 'darlington-open-at-stage-2':
      return [
        openedDraft('darlington-dsp-2024', caseReference),
        {
          type: 'contact-logged',
          occurredAt: '2025-05-02T10:00:00Z',
          method: 'phone',
          withWhom: { name: 'Sam Ortiz', agency: 'Children’s Social Care' },
          discussed: 'The bruising and the reason for closure.',
          actions: [],
        },
        { type: 'escalated', toStage: 2, reason: 'No resolution at Stage 1.' },
      ];
    case 'pan-sussex-resolved':
      return [
        openedDraft('pan-sussex-2025', caseReference),
        { type: 'timeframe-set', stage: 1, workingDays: 5 },
        { type: 'resolved', atStage: 1, outcome: 'Strategy discussion held.', professionalsSatisfied: 'yes' },
      ];
    case 'lscb-withdrawn-then-reopened':
      return [
        openedDraft('lscb-2019', caseReference),
        { type: 'note-added', text: 'Left a voicemail.' },
        { type: 'withdrawn', reason: 'New information explained the bruising.' },
        { type: 'reopened', reason: 'The concern has come back.' },
      ];
  }
}

/** Challenge `n`'s history: one event a day from 1 May 2025 (plus n minutes, so challenges differ). */
export function realHistory(
  n: number,
  variant: RealVariant = REAL_VARIANTS[n % REAL_VARIANTS.length]!,
): ChallengeEvent[] {
  const challengeId = challengeUuid(n);
  return draftsFor(variant, n).map((draft, seq) =>
    stampEvent(draft, {
      id: uuid(n * 1000 + seq + 1),
      challengeId,
      seq,
      at: new Date(Date.UTC(2025, 4, 1 + seq, 9, n % 60)).toISOString(),
    }),
  );
}
