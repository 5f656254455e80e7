import type { Protocol } from '../protocols';
import type { EmailKind } from './draft-types';
import { isMeetingStage } from './meeting-request';

/**
 * Subjects carry no names, only the case reference and the stage (subjects are shown in inboxes, previews
 * and notifications that anyone nearby can read). The protective marking from settings comes first, as
 * government marking guidance places it: "OFFICIAL-SENSITIVE: …", or "[secure] …" for a bracketed tag.
 */

/** Control characters (CR, LF, tab…) and runs of spaces become one space: a subject is one line. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/gu, ' ').trim();
}

/** "OFFICIAL-SENSITIVE" -> "OFFICIAL-SENSITIVE: "; "[secure]" -> "[secure] "; "" -> "". */
export function markingPrefix(prefix: string): string {
  const marking = oneLine(prefix);
  if (marking === '') return '';
  return /[\])}:>]$/.test(marking) ? `${marking} ` : `${marking}: `;
}

function topic(kind: EmailKind, protocol: Protocol, stage: number): string {
  switch (kind) {
    case 'stage-1-summary':
      return 'Stage 1 follow-up summary';
    case 'stage-3-meeting-request':
      return isMeetingStage(protocol, 3) ? 'Stage 3 interagency meeting request' : 'Stage 3 escalation';
    case 'stage-2-manager':
    case 'stage-4-escalation':
    case 'stage-5-escalation':
      return `Stage ${stage} escalation`;
    case 'partnership-report':
      return `report to the partnership (Stage ${protocol.reportingThresholdStage})`;
    case 'resolution-confirmation':
      return `resolved at Stage ${stage}`;
  }
}

export function emailSubject(
  kind: EmailKind,
  facts: { protocol: Protocol; caseReference: string; stage: number; subjectPrefix: string },
): string {
  return oneLine(
    `${markingPrefix(facts.subjectPrefix)}Professional challenge, case ${oneLine(facts.caseReference)}: ${topic(kind, facts.protocol, facts.stage)}`,
  );
}
