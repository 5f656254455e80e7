import type { SelectionCapture } from '@/lib/messaging/page-schemas';
import type { Protocol } from '@/lib/protocols';
import type { Settings } from '@/lib/settings/settings-schema';

/** What the practitioner has typed into the new-challenge form, kept as a draft between keystrokes. */
export interface NewChallengeDraft {
  quote: SelectionCapture['anchor'] | null;
  pageTitle: string;
  url: string;
  caseReference: string;
  protocolId: string;
  areaOfDisagreement: string;
  decisionMakerName: string;
  decisionMakerRole: string;
  decisionMakerAgency: string;
  subject: 'child' | 'adult-at-risk';
  childInCare: boolean;
  immediateRisk: boolean;
  startingStage: number;
  skipReason: string;
  reason: string;
  outcomeSought: string;
  practitionerName: string;
  practitionerRole: string;
  practitionerAgency: string;
}

/** The page shows the decision-maker as "Name, Role"; the role is whatever follows the first comma. */
function splitNameAndRole(text: string | undefined): { name: string; role: string } {
  if (!text) return { name: '', role: '' };
  const comma = text.indexOf(',');
  return comma < 0
    ? { name: text.trim(), role: '' }
    : { name: text.slice(0, comma).trim(), role: text.slice(comma + 1).trim() };
}

export function initialDraft(
  capture: SelectionCapture | null,
  detected: SelectionCapture['detectedCase'],
  settings: Settings,
): NewChallengeDraft {
  const maker = splitNameAndRole(detected?.decisionMaker);
  return {
    quote: capture?.anchor ?? null,
    pageTitle: capture?.pageTitle ?? '',
    url: capture?.url ?? '',
    caseReference: detected?.caseReference ?? '',
    protocolId: settings.defaultProtocolId,
    areaOfDisagreement: '',
    decisionMakerName: maker.name,
    decisionMakerRole: maker.role,
    decisionMakerAgency: '',
    subject: 'child',
    childInCare: false,
    immediateRisk: false,
    startingStage: 1,
    skipReason: '',
    reason: '',
    outcomeSought: '',
    practitionerName: settings.practitioner.name,
    practitionerRole: settings.practitioner.role,
    practitionerAgency: settings.practitioner.agency,
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** Builds the 'opened' draft exactly as newChallengeEventSchema expects it (validate-opened.ts checks it). */
export function buildOpened(draft: NewChallengeDraft, protocol: Protocol, settings: Settings) {
  const canSkip = draft.immediateRisk && protocol.immediateRisk?.stagesMayBeSkipped === true;
  const startingStage = canSkip ? draft.startingStage : 1;
  return {
    type: 'opened' as const,
    protocolId: protocol.id,
    protocolVersion: protocol.version,
    nation: settings.nation,
    workingHours: settings.workingHours,
    caseReference: draft.caseReference,
    subject: draft.subject,
    childInCare: draft.childInCare,
    areaOfDisagreement: draft.areaOfDisagreement,
    decision: {
      quote: draft.quote?.quote ?? '',
      prefix: draft.quote?.prefix,
      suffix: draft.quote?.suffix,
      position: draft.quote?.position,
      pageTitle: optional(draft.pageTitle),
      url: optional(draft.url),
    },
    decisionMaker: {
      name: draft.decisionMakerName,
      role: optional(draft.decisionMakerRole),
      agency: draft.decisionMakerAgency,
    },
    practitioner: {
      name: draft.practitionerName,
      role: draft.practitionerRole,
      agency: draft.practitionerAgency,
      email: optional(settings.practitioner.email),
    },
    reason: draft.reason,
    outcomeSought: draft.outcomeSought,
    immediateRisk: draft.immediateRisk,
    startingStage,
    skipReason: startingStage > 1 ? draft.skipReason : undefined,
  };
}
