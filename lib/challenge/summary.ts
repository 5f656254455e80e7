import type { Nation } from '../calendar';
import type { ChallengeState } from './derive';
import type { ChallengeStatus } from './progress';

/**
 * The flat row a store indexes for lists, badges and alarms. It holds no free text but the case
 * reference: an encryption layer can then keep everything a practitioner wrote out of the indexes.
 */
export interface ChallengeSummary {
  challengeId: string;
  status: ChallengeStatus;
  caseReference: string;
  protocolId: string;
  protocolVersion: string;
  subject: ChallengeState['subject'];
  immediateRisk: boolean;
  currentStage: number;
  areaOfDisagreement: string;
  /**
   * The nation whose bank holidays the deadline was counted on, so lists count working days left on the
   * same calendar. Absent from rows written before it was added (lists then use the settings' nation).
   */
  nation?: Nation;
  /**
   * The next instant an alert cares about, as seen at derivation: the due-soon warning while it is ahead,
   * otherwise the deadline itself (which may be past: an overdue challenge sorts first). Null when the
   * challenge is closed or its stage has no deadline.
   */
  nextDeadline: string | null;
  dueSoonAt: string | null;
  deadline: string | null;
  thresholdReached: boolean;
  partnershipInformed: boolean;
  resolvedAtStage: number | null;
  openedAt: string;
  lastChangeAt: string;
  seq: number;
}

export function summariseChallenge(state: ChallengeState): ChallengeSummary {
  const { deadline } = state;
  const dueSoonStillAhead = deadline !== null && Date.parse(deadline.dueSoonAt) > Date.parse(state.derivedAt);
  return {
    challengeId: state.challengeId,
    status: state.status,
    caseReference: state.caseReference,
    protocolId: state.protocolId,
    protocolVersion: state.protocolVersion,
    subject: state.subject,
    immediateRisk: state.immediateRisk,
    currentStage: state.currentStage,
    areaOfDisagreement: state.areaOfDisagreement,
    nation: state.nation,
    nextDeadline: deadline === null ? null : dueSoonStillAhead ? deadline.dueSoonAt : deadline.deadline,
    dueSoonAt: deadline?.dueSoonAt ?? null,
    deadline: deadline?.deadline ?? null,
    thresholdReached: state.thresholdReached,
    partnershipInformed: state.partnershipInformed,
    resolvedAtStage: state.resolution?.atStage ?? null,
    openedAt: state.openedAt,
    lastChangeAt: state.lastChangeAt,
    seq: state.seq,
  };
}
