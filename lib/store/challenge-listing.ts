import { z } from 'zod';
import type { ChallengeDatabase, ChallengeDatabaseSchema } from './database';
import { CHALLENGE_STATUSES, type ChallengeStatus, type StoredSummary } from './store-deps';
import { asResult, fail, ok, type Result } from './store-result';
import { caseReferenceSearchKey, fromSummaryRow, type SummaryRow } from './summary-row';
import { describeIssues } from './zod-issues';
import type { IDBPCursorWithValue, IndexNames } from 'idb';

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

type ListingIndex = IndexNames<ChallengeDatabaseSchema, 'challenges'>;

interface Ordering {
  name: 'overdue' | 'case-reference' | 'status-recent' | 'recent';
  index: ListingIndex;
  direction: 'next' | 'prev';
  lower?: IDBValidKey;
  lowerOpen?: boolean;
  upper?: IDBValidKey;
  upperOpen?: boolean;
}

const pageTokenSchema = z.strictObject({
  order: z.enum(['overdue', 'case-reference', 'status-recent', 'recent']),
  key: z.union([z.string(), z.array(z.string())]),
  id: z.string(),
});
type PageToken = z.infer<typeof pageTokenSchema>;

const STALE_TOKEN_MESSAGE = 'This page of results is out of date; go back to the first page.';

/**
 * One page of challenge summaries. The most selective filter picks the index (overdue: most overdue
 * first; case reference prefix: by reference; status: most recently changed first; otherwise most
 * recently changed first); the other filters are checked on the rows that index yields.
 */
export async function listChallenges<S extends StoredSummary>(
  db: ChallengeDatabase,
  query: ListChallengesQuery,
): Promise<Result<ChallengePage<S>>> {
  const parsed = listChallengesQuerySchema.safeParse(query);
  if (!parsed.success) return fail('invalid', describeIssues(parsed.error.issues, 'query').join('; '));
  const filters = parsed.data;
  const ordering = chooseOrdering(filters);
  let token: PageToken | undefined;
  if (filters.after !== undefined) {
    token = parseToken(filters.after);
    if (!token || token.order !== ordering.name) return fail('invalid', STALE_TOKEN_MESSAGE);
  }
  if (filters.overdueAt !== undefined && filters.status !== undefined && filters.status !== 'open') {
    return ok({ items: [], next: null });
  }
  const matches = rowFilter(filters);
  return asResult(() => readPage<S>(db, ordering, filters.limit, matches, token));
}

function chooseOrdering(filters: z.infer<typeof listChallengesQuerySchema>): Ordering {
  if (filters.overdueAt !== undefined) {
    return {
      name: 'overdue',
      index: 'by-next-deadline',
      direction: 'next',
      lower: ['open'],
      // Index keys compare as text: the summaries' instants are UTC ("…Z"), so compare against UTC too.
      upper: ['open', new Date(filters.overdueAt).toISOString()],
      upperOpen: true,
    };
  }
  const prefix =
    filters.caseReferencePrefix === undefined ? '' : caseReferenceSearchKey(filters.caseReferencePrefix);
  if (prefix !== '') {
    return {
      name: 'case-reference',
      index: 'by-case-reference',
      direction: 'next',
      lower: prefix,
      upper: `${prefix}\uffff`,
    };
  }
  if (filters.status !== undefined) {
    return {
      name: 'status-recent',
      index: 'by-status-last-change',
      direction: 'prev',
      lower: [filters.status],
      upper: [filters.status, []],
    };
  }
  return { name: 'recent', index: 'by-last-change', direction: 'prev' };
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
): Promise<ChallengePage<S>> {
  const index = db.transaction('challenges').store.index(ordering.index);
  let cursor = await index.openCursor(keyRange(ordering, token), ordering.direction);
  if (cursor && token) cursor = await skipPastToken(cursor, token, ordering.direction);

  const rows: { row: SummaryRow; key: IDBValidKey }[] = [];
  let hasMore = false;
  while (cursor) {
    if (matches(cursor.value)) {
      // One match past the page tells whether there is a next page, so no empty last page is offered.
      if (rows.length === limit) {
        hasMore = true;
        break;
      }
      rows.push({ row: cursor.value, key: cursor.key });
    }
    cursor = await cursor.continue();
  }
  const last = rows.at(-1);
  const next =
    hasMore && last
      ? JSON.stringify({
          order: ordering.name,
          // Every listing index's keys are strings or arrays of strings.
          key: last.key as PageToken['key'],
          id: last.row.challengeId,
        } satisfies PageToken)
      : null;
  return { items: rows.map(({ row }) => fromSummaryRow<S>(row)), next };
}

function keyRange(ordering: Ordering, token: PageToken | undefined): IDBKeyRange | undefined {
  let { lower, upper, lowerOpen = false, upperOpen = false } = ordering;
  // Resume at the token's key (inclusive: rows sharing that key are told apart by id below).
  if (token && ordering.direction === 'next') [lower, lowerOpen] = [token.key, false];
  if (token && ordering.direction === 'prev') [upper, upperOpen] = [token.key, false];
  if (lower !== undefined && upper !== undefined)
    return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower, lowerOpen);
  if (upper !== undefined) return IDBKeyRange.upperBound(upper, upperOpen);
  return undefined;
}

type ListingCursor = IDBPCursorWithValue<ChallengeDatabaseSchema, ['challenges'], 'challenges', ListingIndex>;

/**
 * Rows with the same index key are ordered by challengeId. Move past every row up to and including
 * the token's (key, id), without walking them one by one.
 */
async function skipPastToken(
  start: ListingCursor,
  token: PageToken,
  direction: 'next' | 'prev',
): Promise<ListingCursor | null> {
  let cursor: ListingCursor | null = start;
  if (JSON.stringify(cursor.key) !== JSON.stringify(token.key)) return cursor;
  const before = direction === 'next' ? cursor.primaryKey < token.id : cursor.primaryKey > token.id;
  if (before) cursor = await cursor.continuePrimaryKey(token.key as never, token.id);
  if (cursor && JSON.stringify(cursor.key) === JSON.stringify(token.key) && cursor.primaryKey === token.id) {
    cursor = await cursor.continue();
  }
  return cursor;
}

function parseToken(text: string): PageToken | undefined {
  try {
    const parsed = pageTokenSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Open challenges with a running deadline, soonest first: what the toolbar badge is computed from. */
export async function listOpenWithDeadlines<S extends StoredSummary>(
  db: ChallengeDatabase,
): Promise<Result<S[]>> {
  return asResult(async () => {
    const rows = await db.getAllFromIndex(
      'challenges',
      'by-next-deadline',
      IDBKeyRange.bound(['open'], ['open', []]),
    );
    return rows.map((row) => fromSummaryRow<S>(row));
  });
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
