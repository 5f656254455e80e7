import { londonDate } from '../calendar';
import type { ChallengeState, ChallengeSummary } from '../challenge';
import type { Period } from './period';

/**
 * The part of a challenge's derived state the monitoring figures read. A ChallengeState is one already;
 * when the background counts a whole store it keeps only this per challenge (a few hundred bytes), not
 * the state or the events, so 10,000 challenges fit in a worker's memory and in one reply.
 */
export type MonitoringFacts = Pick<
  ChallengeState,
  'openedAt' | 'protocolId' | 'areaOfDisagreement' | 'nation' | 'thresholdReached' | 'partnershipInformed'
> & {
  resolution: Pick<
    NonNullable<ChallengeState['resolution']>,
    'at' | 'atStage' | 'professionalsSatisfied'
  > | null;
  withdrawal: Pick<NonNullable<ChallengeState['withdrawal']>, 'at'> | null;
};

/** Just the facts, copied out so the state (timeline, names, quotes) can be let go. */
export function monitoringFactsOf(state: ChallengeState): MonitoringFacts {
  const { resolution, withdrawal } = state;
  return {
    openedAt: state.openedAt,
    protocolId: state.protocolId,
    areaOfDisagreement: state.areaOfDisagreement,
    nation: state.nation,
    thresholdReached: state.thresholdReached,
    partnershipInformed: state.partnershipInformed,
    resolution:
      resolution === null
        ? null
        : {
            at: resolution.at,
            atStage: resolution.atStage,
            professionalsSatisfied: resolution.professionalsSatisfied,
          },
    withdrawal: withdrawal === null ? null : { at: withdrawal.at },
  };
}

/**
 * Whether a challenge can count in the period's figures, from its summary: opened by the period's end,
 * and open now or changed since the period's start (a challenge closed before the period began counts in
 * none of its figures). monitoringFigures decides exactly which count where; this only spares reading the
 * histories of those that cannot.
 */
export function mayCountIn(
  summary: Pick<ChallengeSummary, 'openedAt' | 'status' | 'lastChangeAt'>,
  period: Pick<Period, 'start' | 'end'>,
): boolean {
  if (londonDate(new Date(summary.openedAt)) > period.end) return false;
  return summary.status === 'open' || londonDate(new Date(summary.lastChangeAt)) >= period.start;
}
