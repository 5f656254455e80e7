import type { WorkingHours } from '../calendar';
import { deriveChallengeState, type ChallengeEvent, type ChallengeSummary } from '../challenge';
import { findProtocol, type Protocol } from '../protocols';
import {
  figuresFromFacts,
  mayCountIn,
  monitoringFactsOf,
  type MonitoringFacts,
  type MonitoringFigures,
  type Period,
} from '../reports';
import type { ChallengeDatabase } from './database';
import { forEachHistory } from './history-pass';
import type { StoredEvent } from './store-deps';
import { fail, ok, type Result } from './store-result';

export interface FiguresPassContext {
  /** The derivation's "now" (the figures themselves do not move with it). */
  now: Date;
  /** For challenges whose opened event carries no working-hours snapshot. */
  hours?: WorkingHours;
  /** Imported protocols; built-in ones are always found. */
  protocols?: readonly Protocol[];
  /** Opens a sealed event while the lock is on; without it events are taken as stored. */
  open?: (event: StoredEvent) => ChallengeEvent | Promise<ChallengeEvent>;
}

/** Stops the pass at the first history that cannot be counted, with the reason for the page. */
class Uncountable extends Error {}

/**
 * The monitoring figures for a period, counted in one pass over the store: each history that may count
 * (mayCountIn, judged on the summaries) is read once, derived, and reduced to its facts, so no state or
 * history is kept and none has to cross a message. Gives exactly monitoringFigures over the same
 * challenges' histories.
 */
export async function figuresFromStore(
  db: ChallengeDatabase,
  period: Period,
  context: FiguresPassContext,
): Promise<Result<{ figures: MonitoringFigures; counted: number }>> {
  const protocols = context.protocols ?? [];
  const facts: MonitoringFacts[] = [];
  const visit = async (stored: StoredEvent[]) => {
    const history = context.open
      ? await Promise.all(stored.map(context.open))
      : (stored as unknown as ChallengeEvent[]);
    const opened = history[0];
    if (opened?.type !== 'opened') return;
    const protocol = findProtocol(opened.protocolId, protocols);
    if (!protocol) {
      throw new Uncountable(
        `Challenge ${opened.caseReference} could not be counted: its protocol "${opened.protocolId}" ` +
          'is not installed; import it in Options.',
      );
    }
    const state = deriveChallengeState(history, { protocol, now: context.now, hours: context.hours });
    facts.push(monitoringFactsOf(state));
  };
  try {
    const passed = await forEachHistory<StoredEvent, ChallengeSummary>(db, {
      wanted: (summary) => mayCountIn(summary, period),
      visit,
    });
    if (!passed.ok) return passed;
  } catch (thrown) {
    if (thrown instanceof Uncountable) return fail('not-found', thrown.message);
    throw thrown;
  }
  return ok({ figures: figuresFromFacts(facts, period, { protocols }), counted: facts.length });
}
