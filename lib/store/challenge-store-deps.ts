import type { BankHolidayCalendar, WorkingHours } from '../calendar';
import {
  appendEvent,
  challengeEventSchema,
  deriveChallengeState,
  summariseChallenge,
  type ChallengeEvent,
  type ChallengeSummary,
} from '../challenge';
import { findProtocol, type Protocol } from '../protocols';
import type { ChallengeStoreDeps, RuleRefusal } from './store-deps';

/**
 * The store's view of the real domain: lib/challenge's event schema, rules and summary, with the
 * protocol each challenge names looked up among the built-in and the partnership's imported ones.
 *
 * A summary depends on `now` (its next alert instant moves from the due-soon warning to the deadline),
 * so make fresh deps for each write or rebuild rather than keeping one set for the worker's lifetime.
 */
export interface ChallengeDepsContext {
  now: Date;
  /** Protocols the partnership imported; the built-in ones are always found. */
  importedProtocols?: readonly Protocol[];
  calendar?: BankHolidayCalendar;
  /** Used only for challenges whose opened event carries no working-hours snapshot. */
  hours?: WorkingHours;
}

export type ChallengeDeps = ChallengeStoreDeps<ChallengeEvent, ChallengeSummary>;

export function createChallengeStoreDeps(context: ChallengeDepsContext): ChallengeDeps {
  const protocolOf = (history: readonly ChallengeEvent[], next?: ChallengeEvent): Protocol | RuleRefusal => {
    const opened = history[0] ?? next;
    if (opened?.type !== 'opened') {
      return {
        ok: false,
        rule: 'first-event-must-be-opened',
        message: 'A challenge’s history must start with the event that opened it. Nothing was saved.',
      };
    }
    return (
      findProtocol(opened.protocolId, context.importedProtocols) ?? {
        ok: false,
        rule: 'unknown-protocol',
        message:
          `This challenge follows the protocol "${opened.protocolId}", which is not installed. ` +
          'Import your partnership’s protocol file in Options, then try again. Nothing was saved.',
      }
    );
  };

  return {
    eventSchema: challengeEventSchema,
    appendEvent(history, next) {
      const protocol = protocolOf(history, next);
      if ('ok' in protocol) return protocol;
      return appendEvent(history, next, protocol);
    },
    summarise(history) {
      const protocol = protocolOf(history);
      if ('ok' in protocol) throw new Error(protocol.message);
      const state = deriveChallengeState(history, {
        protocol,
        now: context.now,
        calendar: context.calendar,
        hours: context.hours,
      });
      return summariseChallenge(state);
    },
  };
}
