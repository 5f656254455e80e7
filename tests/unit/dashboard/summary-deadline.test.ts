import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { byDeadline, summaryDeadline } from '../../../components/dashboard/summary-deadline';
import {
  parseDashboardHash,
  dashboardHash,
  dashboardPath,
} from '../../../components/dashboard/dashboard-route';
import { filtersToQuery, NO_FILTERS } from '../../../components/dashboard/challenge-filters';

// Thursday 6 March 2025, 10:00 in London (GMT): the deadline is Monday 10 March, 17:00.
const NOW = new Date('2025-03-06T10:00:00Z');
const open = { status: 'open' as const, deadline: '2025-03-10T17:00:00Z', dueSoonAt: '2025-03-07T17:00:00Z' };

describe('summaryDeadline', () => {
  test.each([
    ['on track, two working days over a weekend', NOW, 'on-track', 2],
    ['due soon once the warning has passed', new Date('2025-03-07T17:00:00Z'), 'due-soon', 1],
    ['due today on the day itself', new Date('2025-03-10T09:00:00Z'), 'due-soon', 0],
    ['overdue at the deadline', new Date('2025-03-10T17:00:00Z'), 'overdue', 0],
    ['overdue by working days later', new Date('2025-03-12T09:00:00Z'), 'overdue', -2],
  ] as const)('%s', (_name, now, state, workingDaysLeft) => {
    expect(summaryDeadline(open, now, 'england-and-wales')).toEqual({
      deadline: open.deadline,
      state,
      workingDaysLeft,
    });
  });

  test('skips the nation’s bank holidays: Easter Monday 2025 in England, not in Scotland', () => {
    const summary = { ...open, deadline: '2025-04-22T16:00:00Z', dueSoonAt: '2025-04-17T16:00:00Z' };
    const thursday = new Date('2025-04-17T09:00:00Z');
    // Good Friday is a holiday in both; Easter Monday only in England and Wales (and Northern Ireland).
    expect(summaryDeadline(summary, thursday, 'england-and-wales')?.workingDaysLeft).toBe(1);
    expect(summaryDeadline(summary, thursday, 'scotland')?.workingDaysLeft).toBe(2);
  });

  test.each([
    ['a closed challenge', { ...open, status: 'resolved' as const }],
    ['a stage without a deadline', { status: 'open' as const, deadline: null, dueSoonAt: null }],
  ])('none for %s', (_name, summary) => {
    expect(summaryDeadline(summary, NOW, 'england-and-wales')).toBeNull();
  });
});

describe('byDeadline', () => {
  const instant = fc
    .integer({ min: Date.parse('2024-01-01'), max: Date.parse('2027-01-01') })
    .map((ms) => new Date(ms).toISOString());
  const item = fc.record({ deadline: fc.option(instant, { nil: null }), lastChangeAt: instant });

  test('soonest deadline first, undated last, and nothing lost', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const sorted = byDeadline(items);
        expect(sorted).toHaveLength(items.length);
        const firstUndated = sorted.findIndex((i) => i.deadline === null);
        if (firstUndated >= 0)
          expect(sorted.slice(firstUndated).every((i) => i.deadline === null)).toBe(true);
        const dated = sorted.filter((i) => i.deadline !== null).map((i) => Date.parse(i.deadline!));
        expect(dated).toEqual([...dated].sort((a, b) => a - b));
      }),
    );
  });
});

describe('dashboard routes', () => {
  const id = '0b5d6c1e-3f6a-4e43-9a43-2f3b8f0c1d2e';
  test.each([
    ['', { view: 'list' }],
    ['#', { view: 'list' }],
    ['#new', { view: 'new' }],
    [`#challenge=${id}`, { view: 'challenge', challengeId: id }],
    // A form's error summary links to its fields: not a route, so the view stays.
    ['#nc-caseReference', null],
    ['#challenge=not-an-id', null],
  ])('%j', (hash, route) => {
    expect(parseDashboardHash(hash)).toEqual(route);
  });

  test('a challenge route survives the round trip, and the path deep-links to it', () => {
    expect(parseDashboardHash(dashboardHash({ view: 'challenge', challengeId: id }))).toEqual({
      view: 'challenge',
      challengeId: id,
    });
    expect(dashboardPath(id)).toBe(`/dashboard.html#challenge=${id}`);
    expect(dashboardPath()).toBe('/dashboard.html');
  });
});

describe('filtersToQuery', () => {
  test('no filters asks for one page only', () => {
    expect(filtersToQuery(NO_FILTERS, NOW, 25)).toEqual({ limit: 25 });
  });

  test('each filter becomes the store’s query field, with the page token', () => {
    expect(
      filtersToQuery(
        {
          status: 'open',
          stage: '2',
          overdue: 'overdue',
          protocolId: 'darlington-dsp-2024',
          area: 'threshold-decisions',
          caseReferencePrefix: '  cr-20 ',
        },
        NOW,
        25,
        'token',
      ),
    ).toEqual({
      limit: 25,
      status: 'open',
      stage: 2,
      overdueAt: NOW.toISOString(),
      protocolId: 'darlington-dsp-2024',
      area: 'threshold-decisions',
      caseReferencePrefix: 'cr-20',
      after: 'token',
    });
  });
});
