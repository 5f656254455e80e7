import { z } from 'zod';
import type { ChallengeDatabase, ChallengeDatabaseSchema } from './database';
import { CHALLENGE_STATUSES, type ChallengeStatus, type StoredSummary } from './store-deps';
import { asResult, fail, ok, type Result } from './store-result';
import { caseReferenceSearchKey, fromSummaryRow, type SummaryRow } from './summary-row';
import { describeIssues } from './zod-issues';
import type { IndexNames } from 'idb';

/**
 * Reads for the badge and the dashboard. Each one walks one index over a key range and stops at its
 * limit, so its cost follows the page size, not the number of challenges; no listing reads events.
 */

const isoInstant = z.iso.datetime({
  offset: true,
  error: 'must be an ISO date-time, e.g. 2025-03-04T17:00:00Z',
});

export const listChallengesQuerySchema = z.strictObject({
  status: z.enum(CHALLENGE_STATUSES as [ChallengeStatus, ...ChallengeStatus[]]).optional(),
  protocolId: z.string().min(1).optional(),
  stage: z.unknown().optional(),
  /** Only open challenges whose next deadline is before this instant (usually now). */
  overdueAt: isoInstant.optional(),
  area: z.unknown().optional(),
  caseReferencePrefix: z.string().optional(),
  limit: z.number().int().min(1, { error: 'must be at least 1' }).max(500, { error: 'must be at most 500' }),
  /** The `next` token of the previous page. */
  after: z.string().optional(),
});

export type ListChallengesQuery = z.input<typeof listChallengesQuerySchema>;

export interface ChallengePage<S> {
  items: S[];
  /** Pass as `after` for the following page; null when this is the last page. */
  next: string | null;
}

type ListingIndex = Exclude<IndexNames<ChallengeDatabaseSchema, 'challenges'>, 'by-status'>;

/** An index and the key range of it a query reads, always forwards (see summary-row.ts). */
interface Ordering {
  index: ListingIndex;
  lower?: IDBValidKey;
  upper?: IDBValidKey;
  upperOpen?: boolean;
  /** The row's key in this index: unique, because every listing index ends with challengeId. */
  keyOf(row: SummaryRow): string[];
}

const pageTokenSchema = z.strictObject({
  /** The query's filters: a token only continues the listing it came from. */
  query: z.string(),
  key: z.array(z.string()).min(2),
});
type PageToken = z.infer<typeof pageTokenSchema>;

const STALE_TOKEN_MESSAGE = 'This page of results is out of date; go back to the first page.';
/** Rows per read while filtering: small first (most pages fill at once), larger if filters skip many. */
const FIRST_BATCH_EXTRA = 1;
const MAX_BATCH = 1000;

/**
 * One page of challenge summaries. The most selective filter picks the index (overdue: most overdue
 * first; case reference prefix: by reference; status: most recently changed first; otherwise most
 * recently changed first); the other filters are checked on the rows that index yields, read in
 * batches so even a filter that matches nothing costs a few requests, not one per row.
 */
export async function listChallenges<S extends StoredSummary>(
  db: ChallengeDatabase,
  query: ListChallengesQuery,
): Promise<Result<ChallengePage<S>>> {
  const parsed = listChallengesQuerySchema.safeParse(query);
  if (!parsed.success) return fail('invalid', describeIssues(parsed.error.issues, 'query').join('; '));
  const filters = parsed.data;
  const ordering = chooseOrdering(filters);
  const { after, limit: _limit, ...rest } = filters;
  const fingerprint = JSON.stringify(rest);
  let token: PageToken | undefined;
  if (after !== undefined) {
    token = parseToken(after);
    if (!token || token.query !== fingerprint) return fail('invalid', STALE_TOKEN_MESSAGE);
  }
  if (filters.overdueAt !== undefined && filters.status !== undefined && filters.status !== 'open') {
    return ok({ items: [], next: null });
  }
  const matches = rowFilter(filters);
  return asResult(() => readPage<S>(db, ordering, filters.limit, matches, token, fingerprint));
}

function chooseOrdering(filters: z.infer<typeof listChallengesQuerySchema>): Ordering {
  if (filters.overdueAt !== undefined) {
    return {
      index: 'by-next-deadline',
      lower: ['open'],
      // Index keys compare as text: the summaries' instants are UTC ("…Z"), so compare against UTC too.
      upper: ['open', new Date(filters.overdueAt).toISOString()],
      upperOpen: true,
      keyOf: (row) => [row.status, row.nextDeadline ?? '', row.challengeId],
    };
  }
  const prefix =
    filters.caseReferencePrefix === undefined ? '' : caseReferenceSearchKey(filters.caseReferencePrefix);
  if (prefix !== '') {
    return {
      index: 'by-case-reference',
      lower: [prefix],
      upper: [`${prefix}\uffff`],
      keyOf: (row) => [row.caseReferenceKey ?? '', row.challengeId],
    };
  }
  if (filters.status !== undefined) {
    return {
      index: 'by-status-last-change',
      lower: [filters.status],
      upper: [filters.status, []],
      keyOf: (row) => [row.status, row.recencyKey, row.challengeId],
    };
  }
  return { index: 'by-last-change', keyOf: (row) => [row.recencyKey, row.challengeId] };
}

function rowFilter(filters: z.infer<typeof listChallengesQuerySchema>): (row: SummaryRow) => boolean {
  const prefix =
    filters.caseReferencePrefix === undefined ? '' : caseReferenceSearchKey(filters.caseReferencePrefix);
  return (row) =>
    (filters.status === undefined || row.status === filters.status) &&
    (filters.protocolId === undefined || row.protocolId === filters.protocolId) &&
    (filters.stage === undefined || sameValue(row.currentStage, filters.stage)) &&
    (filters.area === undefined || matchesArea(row.areaOfDisagreement, filters.area)) &&
    (prefix === '' || (row.caseReferenceKey ?? '').startsWith(prefix)) &&
    (filters.overdueAt === undefined || isOverdue(row, filters.overdueAt));
}

/**
 * The index finds rows whose next alert instant has passed; a row that carries its deadline is overdue
 * only once that has passed too (its due-soon warning comes first and is not "overdue").
 */
function isOverdue(row: SummaryRow, at: string): boolean {
  const deadline = row.deadline === undefined ? row.nextDeadline : row.deadline;
  return row.status === 'open' && deadline !== null && Date.parse(deadline) < Date.parse(at);
}

function sameValue(stored: unknown, wanted: unknown): boolean {
  return stored === wanted || JSON.stringify(stored) === JSON.stringify(wanted);
}

/** A challenge may name one area of disagreement or several. */
function matchesArea(stored: unknown, wanted: unknown): boolean {
  return Array.isArray(stored) ? stored.some((area) => sameValue(area, wanted)) : sameValue(stored, wanted);
}

async function readPage<S extends StoredSummary>(
  db: ChallengeDatabase,
  ordering: Ordering,
  limit: number,
  matches: (row: SummaryRow) => boolean,
  token: PageToken | undefined,
  fingerprint: string,
): Promise<ChallengePage<S>> {
  const index = db.transaction('challenges').store.index(ordering.index);
  const rows: SummaryRow[] = [];
  let hasMore = false;
  // Resume just after the previous page's last key (exclusive); keys are unique, so nothing repeats.
  let from: { key: IDBValidKey; open: boolean } | undefined = token
    ? { key: token.key, open: true }
    : ordering.lower === undefined
      ? undefined
      : { key: ordering.lower, open: false };
  // One match past the page tells whether there is a next page, so no empty last page is offered.
  let batch = limit + FIRST_BATCH_EXTRA;
  for (;;) {
    const found = await index.getAll(keyRange(from, ordering), batch);
    for (const row of found) {
      if (!matches(row)) continue;
      if (rows.length === limit) {
        hasMore = true;
        break;
      }
      rows.push(row);
    }
    const last = found.at(-1);
    if (hasMore || found.length < batch || !last) break;
    from = { key: ordering.keyOf(last), open: true };
    batch = Math.min(batch * 4, MAX_BATCH);
  }
  const last = rows.at(-1);
  const next =
    hasMore && last
      ? JSON.stringify({ query: fingerprint, key: ordering.keyOf(last) } satisfies PageToken)
      : null;
  return { items: rows.map((row) => fromSummaryRow<S>(row)), next };
}

function keyRange(
  from: { key: IDBValidKey; open: boolean } | undefined,
  ordering: Ordering,
): IDBKeyRange | undefined {
  const { upper, upperOpen = false } = ordering;
  if (from !== undefined && upper !== undefined)
    return IDBKeyRange.bound(from.key, upper, from.open, upperOpen);
  if (from !== undefined) return IDBKeyRange.lowerBound(from.key, from.open);
  if (upper !== undefined) return IDBKeyRange.upperBound(upper, upperOpen);
  return undefined;
}

function parseToken(text: string): PageToken | undefined {
  try {
    const parsed = pageTokenSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function countByStatus(db: ChallengeDatabase): Promise<Result<Record<ChallengeStatus, number>>> {
  return asResult(async () => {
    const index = db.transaction('challenges').store.index('by-status');
    const [open, resolved, withdrawn] = await Promise.all(
      CHALLENGE_STATUSES.map((status) => index.count(status)),
    );
    return { open: open ?? 0, resolved: resolved ?? 0, withdrawn: withdrawn ?? 0 };
  });
}
