import type { ChallengeEvent, ChallengeState } from '../challenge';
import type { Protocol } from '../protocols';
import { readHistory, stageLabel } from './challenge-history';
import { actionLine, asText, contactSummary, meetingSummary } from './email-text';
import { longDate, londonDay } from './london-format';

/**
 * The history as a chronological list of sentences: what was done, when, at which stage. Used for "what has
 * been done so far" in escalations, Darlington's "Details of any Monitoring Activity" box, and the
 * partnership's "What was done to address the challenge?".
 */

export interface HistoryLineOptions {
  useInitials: boolean;
  /** Only events that happened at stages in this range (inclusive). */
  fromStage?: number;
  toStage?: number;
  /** Leave out the stage moves (escalated, resolved, withdrawn, reopened). */
  actionsOnly?: boolean;
  /**
   * List each contact's agreed actions under it (who, by when). Darlington Appendix 1's monitoring box asks
   * for the "attempts to resolve at Level 1 and 2", and Stage 1 is to "agree a plan of action"; the
   * partnership report has its own question for the actions, so it leaves them out here.
   */
  withAgreedActions?: boolean;
}

const on = (instant: string): string => longDate(londonDay(instant));

function lineFor(event: ChallengeEvent, protocol: Protocol, options: HistoryLineOptions): string | null {
  switch (event.type) {
    case 'contact-logged': {
      const actions = options.withAgreedActions
        ? event.actions.map((action) => `Agreed action: ${actionLine(action, options.useInitials)}`)
        : [];
      return [contactSummary(event, options.useInitials), ...actions].join('\n');
    }
    case 'meeting-recorded':
      return meetingSummary(event, options.useInitials);
    case 'email-drafted':
      return `Email drafted on ${on(event.at)}${event.subject ? `: "${asText(event.subject)}"` : ''}.`;
    case 'partnership-informed':
      return `Partnership informed on ${on(event.at)} (${event.method.replace('-', ' ')})${event.recipient ? `: ${asText(event.recipient)}` : ''}.`;
    case 'escalated':
      if (options.actionsOnly) return null;
      return `Escalated to ${stageLabel(protocol, event.toStage)} on ${on(event.at)}. Reason: ${asText(event.reason)}`;
    case 'resolved':
      if (options.actionsOnly) return null;
      return `Resolved at ${stageLabel(protocol, event.atStage)} on ${on(event.at)}. Outcome: ${asText(event.outcome)}`;
    case 'withdrawn':
      if (options.actionsOnly) return null;
      return `Withdrawn on ${on(event.at)}. Reason: ${asText(event.reason)}`;
    case 'reopened':
      if (options.actionsOnly) return null;
      return `Reopened on ${on(event.at)}. Reason: ${asText(event.reason)}`;
    default:
      // Opening, notes and timeframes are the practitioner's own working, not something done with others.
      return null;
  }
}

export function historyLines(
  events: readonly ChallengeEvent[],
  state: ChallengeState,
  protocol: Protocol,
  options: HistoryLineOptions,
): string[] {
  const history = readHistory(events, state);
  const from = options.fromStage ?? Number.NEGATIVE_INFINITY;
  const to = options.toStage ?? Number.POSITIVE_INFINITY;
  return events
    .filter((event) => {
      const stage = history.stageOf(event);
      return stage >= from && stage <= to;
    })
    .map((event) => lineFor(event, protocol, options))
    .filter((line): line is string => line !== null);
}
