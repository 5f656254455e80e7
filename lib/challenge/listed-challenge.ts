import type { BankHolidayCalendar, Nation } from '../calendar';
import { findProtocol, type Protocol } from '../protocols';
import type { ChallengeSummary } from './summary';
import { summaryStanding, type SummaryStanding } from './summary-standing';

/**
 * A summary with what a list shows beside it, worked out once in the background: lists then need no
 * challenge's events and no calendar code of their own (the sidebar's case list makes one request).
 */
export type ListedChallenge = ChallengeSummary &
  SummaryStanding & {
    /** The current stage's title in the challenge's protocol; null when that protocol is not installed. */
    stageTitle: string | null;
  };

export interface ListingContext {
  now: Date;
  /** The settings' nation, for summaries stored before they kept their own. */
  nation: Nation;
  /** Imported protocols; built-in ones are always found. */
  protocols?: readonly Protocol[];
  calendar?: BankHolidayCalendar;
}

/** The summary with its stage's title and its standing at `context.now`. */
export function listedChallenge(summary: ChallengeSummary, context: ListingContext): ListedChallenge {
  const protocol = findProtocol(summary.protocolId, context.protocols);
  const stage = protocol?.stages.find((candidate) => candidate.number === summary.currentStage);
  return {
    ...summary,
    stageTitle: stage?.title ?? null,
    ...summaryStanding(summary, context.now, context.nation, context.calendar),
  };
}
