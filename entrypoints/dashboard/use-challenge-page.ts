import { useEffect, useState } from 'preact/hooks';
import type { ChallengeSummary } from '@/lib/challenge';
import { sendMessage } from '@/lib/messaging/send';
import { filtersToQuery, type ChallengeFilters } from '@/components/dashboard/challenge-filters';

export const PAGE_SIZE = 25;

export interface ChallengePageState {
  items: ChallengeSummary[] | null;
  error: string | null;
  /** The background's "now" with this page (its clock, which tests may move). */
  now: Date | null;
  pageNumber: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next(): void;
  previous(): void;
}

/**
 * One page of the store's listing at a time, never more: the store walks an index to fill exactly one
 * page, so the dashboard stays as quick with 10,000 challenges as with ten. Earlier pages are reached
 * again through the tokens that led to them. `overdueSince` is fixed when the filters are applied,
 * because a page token only continues the query it came from.
 */
export function useChallengePage(filters: ChallengeFilters, overdueSince: Date, reloadKey: number) {
  const [tokens, setTokens] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<{ items: ChallengeSummary[]; next: string | null; now: Date } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setTokens([undefined]), [filters, overdueSince, reloadKey]);
  const after = tokens.at(-1);

  useEffect(() => {
    let current = true;
    void sendMessage('challenge/list', filtersToQuery(filters, overdueSince, PAGE_SIZE, after)).then(
      (reply) => {
        if (!current) return;
        if (reply.ok) {
          setPage({ items: reply.value.items, next: reply.value.next, now: new Date(reply.value.now) });
          setError(null);
        } else setError(reply.error.message);
      },
    );
    return () => {
      current = false;
    };
  }, [filters, overdueSince, after, reloadKey]);

  const state: ChallengePageState = {
    items: page?.items ?? null,
    error,
    now: page?.now ?? null,
    pageNumber: tokens.length,
    hasNext: page?.next != null,
    hasPrevious: tokens.length > 1,
    next: () => {
      const next = page?.next;
      if (next) setTokens((stack) => [...stack, next]);
    },
    previous: () => setTokens((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
  };
  return state;
}
