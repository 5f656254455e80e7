import type { ChallengeEvent, ChallengeSummary } from '../challenge';
import type { ChallengeStoreDeps, RuleRefusal } from '../store/store-deps';
import { sealedEventSchema, type SealedEvent } from './sealed-event';

/**
 * The store's deps for sealed histories. The store's append, rebuild and backup checks are synchronous
 * over the history, and decrypting is not: so the caller opens every event it will pass (before any
 * transaction, as the store requires) and this looks each one up by id. The summary row then carries
 * no case reference, only its HMAC index key (see lib/store/summary-row.ts).
 */
export interface SealedDepsContext {
  plain: ChallengeStoreDeps<ChallengeEvent, ChallengeSummary>;
  /** Every event the store may show these deps, opened, by event id. */
  opened: ReadonlyMap<string, ChallengeEvent>;
  /** The case-reference index key of each challenge, by challenge id. */
  caseReferenceKeys: ReadonlyMap<string, string>;
}

/** A summary as stored while locked: what the badge and the alarms need, and no case reference. */
export type SealedSummary = Omit<ChallengeSummary, 'caseReference'> & {
  caseReference: null;
  caseReferenceKey: string | null;
};

const NOT_OPENED: RuleRefusal = {
  ok: false,
  rule: 'locked',
  message:
    'Another window changed this challenge while it was being saved; nothing was saved. Reload and try again.',
};

export function createSealedDeps(context: SealedDepsContext): ChallengeStoreDeps<SealedEvent, SealedSummary> {
  const open = (events: readonly SealedEvent[]): ChallengeEvent[] | null => {
    const opened: ChallengeEvent[] = [];
    for (const event of events) {
      const plain = context.opened.get(event.id);
      if (!plain) return null;
      opened.push(plain);
    }
    return opened;
  };
  return {
    eventSchema: sealedEventSchema,
    appendEvent(history, next) {
      const opened = open([...history, next]);
      if (!opened) return NOT_OPENED;
      const outcome = context.plain.appendEvent(opened.slice(0, -1), opened.at(-1)!);
      return outcome.ok ? { ok: true, events: [...history, next] } : outcome;
    },
    summarise(history) {
      const opened = open(history);
      if (!opened) throw new Error('An event of this challenge was not opened before summarising.');
      const summary = context.plain.summarise(opened);
      return {
        ...summary,
        caseReference: null,
        caseReferenceKey: context.caseReferenceKeys.get(summary.challengeId) ?? null,
      };
    },
  };
}
