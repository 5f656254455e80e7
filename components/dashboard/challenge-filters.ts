import type { ChallengeStatus } from '@/lib/challenge';
import type { ListChallengesQuery } from '@/lib/store/challenge-listing';

/** The dashboard's filters as the form holds them: '' means "any". */
export interface ChallengeFilters {
  status: ChallengeStatus | '';
  stage: string;
  overdue: 'any' | 'overdue';
  protocolId: string;
  area: string;
  caseReferencePrefix: string;
}

export const NO_FILTERS: ChallengeFilters = {
  status: '',
  stage: '',
  overdue: 'any',
  protocolId: '',
  area: '',
  caseReferencePrefix: '',
};

/** One page of the store's listing for these filters; `after` is the previous page's `next` token. */
export function filtersToQuery(
  filters: ChallengeFilters,
  now: Date,
  limit: number,
  after?: string,
): ListChallengesQuery {
  const reference = filters.caseReferencePrefix.trim();
  return {
    limit,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.stage ? { stage: Number(filters.stage) } : {}),
    ...(filters.overdue === 'overdue' ? { overdueAt: now.toISOString() } : {}),
    ...(filters.protocolId ? { protocolId: filters.protocolId } : {}),
    ...(filters.area ? { area: filters.area } : {}),
    ...(reference ? { caseReferencePrefix: reference } : {}),
    ...(after === undefined ? {} : { after }),
  };
}

export function hasFilters(filters: ChallengeFilters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
}
