import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { appendEvents } from '../../../lib/store/challenge-repository';
import {
  countByStatus,
  listChallenges,
  type ListChallengesQuery,
} from '../../../lib/store/challenge-listing';
import { firstOpenDueAfter, listOpenDueBy, listOpenWithDeadlines } from '../../../lib/store/deadline-reads';
import type { ChallengeDatabase } from '../../../lib/store/database';
import { caseReferenceSearchKey } from '../../../lib/store/summary-row';
import { freshDatabase } from './test-database';
import {
  closed,
  escalated,
  minute,
  noted,
  opened,
  testDeps,
  type TestEvent,
  type TestSummary,
} from './test-domain';

/**
 * 90 challenges with every combination the filters care about, including ties on last change and on
 * deadline (many deadlines fall at 17:00 on the same day), so paging across equal keys is exercised.
 */
const NOW = minute(2000);
const PROTOCOLS = ['darlington-dsp-2024', 'pan-sussex-2025', 'lscb-2019'];
const AREAS = ['threshold-decisions', 'case-closure', 'information-sharing'];

function historyOf(n: number): TestEvent[] {
  const id = `c${String(n).padStart(3, '0')}`;
  const deadline = n % 7 === 0 ? null : minute(1000 + (n % 5) * 500);
  const events: TestEvent[] = [
    opened(id, {
      caseReference: n % 4 === 0 ? `cs ${1000 + n}` : `AB-${n % 10}${n}`,
      protocolId: PROTOCOLS[n % 3]!,
      area: AREAS[n % AREAS.length === 0 ? 0 : (n >> 1) % 3]!,
      deadline,
      at: minute(n % 20),
    }),
  ];
  // Last change: ties every 3 challenges.
  const lastAt = minute(100 + Math.floor(n / 3));
  if (n % 2 === 1) events.push(escalated(id, 1, 2, deadline, lastAt));
  if (n % 5 === 2) events.push(closed(id, events.length, 'resolved', lastAt));
  else if (n % 5 === 4) events.push(closed(id, events.length, 'withdrawn', lastAt));
  else events.push(noted(id, events.length, lastAt));
  return events;
}

let db: ChallengeDatabase;
const summaries: TestSummary[] = [];

beforeAll(async () => {
  ({ db } = await freshDatabase());
  for (let n = 0; n < 90; n += 1) {
    const history = historyOf(n);
    const stored = await appendEvents(db, history[0]!.challengeId, -1, history, testDeps);
    if (!stored.ok) throw new Error(stored.error.message);
    summaries.push(stored.value);
  }
});

afterEach(() => vi.restoreAllMocks());

/** IndexedDB orders strings by UTF-16 code unit, as `<` does (not as localeCompare does). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What each query must return, worked out the slow, obvious way. */
function expected(query: ListChallengesQuery): string[] {
  const prefix = caseReferenceSearchKey(query.caseReferencePrefix ?? '');
  const rows = summaries.filter(
    (s) =>
      (query.status === undefined || s.status === query.status) &&
      (query.protocolId === undefined || s.protocolId === query.protocolId) &&
      (query.stage === undefined || s.currentStage === query.stage) &&
      (query.area === undefined || s.areaOfDisagreement === query.area) &&
      caseReferenceSearchKey(s.caseReference).startsWith(prefix) &&
      (query.overdueAt === undefined ||
        (s.status === 'open' && s.deadline !== null && s.deadline < query.overdueAt)),
  );
  // Ties are broken by challengeId, ascending, whichever way the main key runs.
  const by = (key: (s: TestSummary) => string, descending: boolean) => (a: TestSummary, b: TestSummary) =>
    (descending ? -1 : 1) * compareText(key(a), key(b)) || compareText(a.challengeId, b.challengeId);
  if (query.overdueAt !== undefined) rows.sort(by((s) => s.nextDeadline!, false));
  else if (prefix !== '') rows.sort(by((s) => caseReferenceSearchKey(s.caseReference), false));
  else rows.sort(by((s) => s.lastChangeAt, true));
  return rows.map((s) => s.challengeId);
}

async function allPages(query: ListChallengesQuery): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await listChallenges<TestSummary>(db, { ...query, after });
    if (!page.ok) throw new Error(page.error.message);
    pages += 1;
    expect(page.value.items.length).toBeLessThanOrEqual(query.limit);
    if (page.value.next !== null) expect(page.value.items).toHaveLength(query.limit);
    ids.push(...page.value.items.map((item) => item.challengeId));
    after = page.value.next ?? undefined;
  } while (after !== undefined && pages < 100);
  return { ids, pages };
}

describe('listChallenges', () => {
  test.each<[string, Omit<ListChallengesQuery, 'limit'>]>([
    ['everything, most recently changed first', {}],
    ['open only', { status: 'open' }],
    ['resolved only', { status: 'resolved' }],
    ['withdrawn only', { status: 'withdrawn' }],
    ['one protocol', { protocolId: 'pan-sussex-2025' }],
    ['open at Stage 2', { status: 'open', stage: 2 }],
    ['one area', { area: 'case-closure' }],
    ['overdue now, most overdue first', { overdueAt: NOW }],
    ['overdue for one protocol', { overdueAt: NOW, protocolId: 'lscb-2019' }],
    ['overdue and open', { overdueAt: NOW, status: 'open' }],
    ['case reference prefix, any case or spacing', { caseReferencePrefix: 'CS1' }],
    ['case reference prefix with a status', { caseReferencePrefix: 'ab-1', status: 'open' }],
    [
      'every filter at once',
      { status: 'open', protocolId: 'darlington-dsp-2024', stage: 1, area: 'threshold-decisions' },
    ],
  ])('%s: pages of every size add up to exactly the matching rows, in order', async (_name, filters) => {
    const want = expected({ ...filters, limit: 1 });
    expect(want.length).toBeGreaterThan(0);
    for (const limit of [1, 2, 7, 500]) {
      const { ids, pages } = await allPages({ ...filters, limit });
      expect(ids).toEqual(want);
      expect(pages).toBe(Math.max(1, Math.ceil(want.length / limit)));
    }
  });

  test('overdue with a closed status is empty', async () => {
    expect(await listChallenges(db, { overdueAt: NOW, status: 'resolved', limit: 10 })).toEqual({
      ok: true,
      value: { items: [], next: null },
    });
  });

  test('a due-soon warning that has passed is not yet overdue', async () => {
    const { db: own } = await freshDatabase();
    const history = [opened('x', { deadline: minute(50) })];
    const summary = { ...testDeps.summarise(history), nextDeadline: minute(10) };
    await appendEvents(own, 'x', -1, history, { ...testDeps, summarise: () => summary });
    const page = await listChallenges(own, { overdueAt: minute(20), limit: 10 });
    expect(page).toEqual({ ok: true, value: { items: [], next: null } });
  });

  test('listing reads summaries only, never the events', async () => {
    const transaction = vi.spyOn(db, 'transaction');
    await listChallenges(db, { limit: 20 });
    await listChallenges(db, { overdueAt: NOW, limit: 20 });
    await listOpenWithDeadlines(db);
    await countByStatus(db);
    const stores = transaction.mock.calls.flatMap(([names]) => (Array.isArray(names) ? names : [names]));
    expect(stores.length).toBeGreaterThan(0);
    expect(stores).not.toContain('events');
  });

  test('a page token only continues the listing it came from', async () => {
    const open = await listChallenges(db, { status: 'open', limit: 2 });
    if (!open.ok || open.value.next === null) throw new Error('expected a second page');
    const elsewhere = await listChallenges(db, { status: 'resolved', limit: 2, after: open.value.next });
    expect(elsewhere).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('first page') },
    });
    // The page size may change between pages.
    expect(await listChallenges(db, { status: 'open', limit: 5, after: open.value.next })).toMatchObject({
      ok: true,
    });
  });

  test.each([
    ['not a token at all', 'page-2'],
    ['a token with the wrong shape', JSON.stringify({ query: '{}', key: 5 })],
  ])('refuses %s as `after`', async (_name, after) => {
    const page = await listChallenges(db, { limit: 5, after });
    expect(page).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('first page') },
    });
  });

  test.each([
    [{ limit: 0 }, 'query.limit: must be at least 1'],
    [{ limit: 501 }, 'query.limit: must be at most 500'],
    [{ limit: 5, overdueAt: 'now' }, 'query.overdueAt: must be an ISO date-time'],
    [{ limit: 5, status: 'lost' }, 'query.status'],
  ])('refuses a bad query %j, naming the field', async (query, message) => {
    const page = await listChallenges(db, query as ListChallengesQuery);
    expect(page).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining(message) },
    });
  });

  test('a page resumes correctly when a row on an earlier page changed in between', async () => {
    const { db: own } = await freshDatabase();
    for (const id of ['a', 'b', 'c', 'd'])
      await appendEvents(own, id, -1, [opened(id, { at: minute(id.charCodeAt(0)) })], testDeps);
    const first = await listChallenges<TestSummary>(own, { limit: 2 });
    expect(first.ok && first.value.items.map((s) => s.challengeId)).toEqual(['d', 'c']);
    // 'd' changes (moves to the top again); the next page still continues after 'c'.
    await appendEvents(own, 'd', 0, [noted('d', 1, minute(500))], testDeps);
    const second = await listChallenges<TestSummary>(own, {
      limit: 2,
      after: first.ok ? first.value.next! : '',
    });
    expect(second.ok && second.value.items.map((s) => s.challengeId)).toEqual(['b', 'a']);
  });
});

describe('badge and counts', () => {
  test('open challenges with a deadline, soonest first, nothing else', async () => {
    const result = await listOpenWithDeadlines<TestSummary>(db);
    expect(result).toEqual({ ok: true, value: openWithDeadline() });
  });

  const openWithDeadline = () =>
    summaries
      .filter((s) => s.status === 'open' && s.nextDeadline !== null)
      .sort(
        (a, b) => compareText(a.nextDeadline!, b.nextDeadline!) || compareText(a.challengeId, b.challengeId),
      );

  test.each([
    ['in UTC', minute(1500)],
    ['with an offset', '2025-05-02T11:00:00+01:00'],
  ])('the ones due by now (%s), and only those, soonest first', async (_name, now) => {
    expect(new Date(now).toISOString()).toBe(minute(1500));
    const want = openWithDeadline().filter((s) => s.nextDeadline! <= minute(1500));
    expect(want.length).toBeGreaterThan(0);
    expect(await listOpenDueBy(db, now)).toEqual({ ok: true, value: want });
  });

  test('the next one due after now, for the next alarm', async () => {
    const want = openWithDeadline().find((s) => s.nextDeadline! > minute(1500));
    expect(await firstOpenDueAfter(db, minute(1500))).toEqual({ ok: true, value: want });
    expect(await firstOpenDueAfter(db, minute(999_999))).toEqual({ ok: true, value: null });
  });

  test('counts by status', async () => {
    const count = (status: TestSummary['status']) => summaries.filter((s) => s.status === status).length;
    expect(await countByStatus(db)).toEqual({
      ok: true,
      value: { open: count('open'), resolved: count('resolved'), withdrawn: count('withdrawn') },
    });
  });
});
