import { useEffect, useState } from 'preact/hooks';
import type { Nation } from '@/lib/calendar';
import type { Protocol } from '@/lib/protocols';
import { ChallengeFilterForm } from '@/components/dashboard/ChallengeFilterForm';
import { ChallengeTable } from '@/components/dashboard/ChallengeTable';
import { hasFilters, NO_FILTERS, type ChallengeFilters } from '@/components/dashboard/challenge-filters';
import { PAGE_SIZE, useChallengePage } from './use-challenge-page';

interface Props {
  protocols: Protocol[];
  nation: Nation;
  /** The background's clock when the dashboard loaded: "overdue" is measured against it. */
  now: Date;
  announce: (message: string) => void;
}

function describePage(count: number, pageNumber: number, more: boolean, filtered: boolean): string {
  if (count === 0) return filtered ? 'No challenges match these filters.' : 'No challenges yet.';
  const first = (pageNumber - 1) * PAGE_SIZE + 1;
  const range =
    count === 1 && pageNumber === 1 ? '1 challenge' : `Challenges ${first} to ${first + count - 1}`;
  return `${range}${filtered ? ' matching the filters' : ''}, page ${pageNumber}${more ? '; more on the next page' : ''}.`;
}

/** Every challenge, filtered and paged through the store. */
export function ChallengeListView({ protocols, nation, now, announce }: Props) {
  const [filters, setFilters] = useState<ChallengeFilters>(NO_FILTERS);
  const [overdueSince, setOverdueSince] = useState(now);
  const page = useChallengePage(filters, overdueSince, 0);
  const filtered = hasFilters(filters);
  const summary =
    page.items === null ? null : describePage(page.items.length, page.pageNumber, page.hasNext, filtered);

  useEffect(() => {
    if (summary) announce(summary);
  }, [summary, page.items, announce]);

  return (
    <section aria-labelledby="all-heading" class="dashboard__list">
      <h2 id="all-heading">All challenges</h2>
      <ChallengeFilterForm
        filters={filters}
        protocols={protocols}
        onChange={(next) => {
          setFilters(next);
          setOverdueSince(page.now ?? now);
        }}
      />
      {page.error && (
        <p role="alert" class="error">
          {page.error}
        </p>
      )}
      {page.items === null && !page.error && <p>Loading challenges…</p>}
      {page.items !== null && page.items.length === 0 && <p>{summary}</p>}
      {page.items !== null && page.items.length > 0 && (
        <ChallengeTable
          items={page.items}
          caption={summary ?? ''}
          protocols={protocols}
          now={page.now ?? now}
          nation={nation}
        />
      )}
      {(page.hasPrevious || page.hasNext) && (
        <nav class="pager" aria-label="Pages of challenges">
          <button
            type="button"
            class="button button--secondary"
            disabled={!page.hasPrevious}
            onClick={page.previous}
          >
            Previous page
          </button>
          <span class="pager__number">Page {page.pageNumber}</span>
          <button type="button" class="button button--secondary" disabled={!page.hasNext} onClick={page.next}>
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}
