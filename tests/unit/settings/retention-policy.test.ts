import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decideRetention,
  planRetention,
  RETENTION_WARNING_DAYS,
  type ClosedChallenge,
} from '../../../lib/settings/retention-policy';

const NOW = new Date('2025-06-15T12:00:00Z');
const closedOn = (challengeId: string, lastChangeAt: string, status = 'resolved'): ClosedChallenge => ({
  challengeId,
  status,
  lastChangeAt,
});

describe('planRetention', () => {
  test.each([
    ['past the period: purge', closedOn('a', '2024-06-01T12:00:00Z'), 12, 'purgeNow'],
    ['exactly at the period: purge', closedOn('a', '2024-06-15T12:00:00Z'), 12, 'purgeNow'],
    ['ends in 10 days: warn', closedOn('a', '2024-06-25T12:00:00Z'), 12, 'dueSoon'],
    ['ends in 20 days: nothing yet', closedOn('a', '2024-07-05T12:00:00Z'), 12, 'none'],
    ['withdrawn counts as closed', closedOn('a', '2024-01-01T12:00:00Z', 'withdrawn'), 12, 'purgeNow'],
    ['open is never purged', closedOn('a', '2000-01-01T12:00:00Z', 'open'), 1, 'none'],
    ['0 months keeps everything', closedOn('a', '2000-01-01T12:00:00Z'), 0, 'none'],
  ])('%s', (_name, challenge, months, expected) => {
    const plan = planRetention([challenge], months, NOW);
    const where = plan.purgeNow.includes('a') ? 'purgeNow' : plan.dueSoon.includes('a') ? 'dueSoon' : 'none';
    expect(where).toBe(expected);
  });

  test('never selects an open challenge, whatever the dates', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            challengeId: fc.uuid(),
            status: fc.constantFrom('open', 'resolved', 'withdrawn'),
            lastChangeAt: fc
              .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
              .map((d) => d.toISOString()),
          }),
        ),
        fc.integer({ min: 0, max: 120 }),
        (challenges, months) => {
          const plan = planRetention(challenges, months, NOW);
          const selected = new Set([...plan.purgeNow, ...plan.dueSoon]);
          return challenges.every((c) => c.status !== 'open' || !selected.has(c.challengeId));
        },
      ),
    );
  });
});

describe('decideRetention', () => {
  const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

  test('a challenge already past its date is warned about first, not deleted at once', () => {
    const plan = planRetention([closedOn('a', '2020-01-01T00:00:00Z')], 12, NOW);
    const first = decideRetention(plan, {}, NOW);
    expect(first).toMatchObject({ purge: [], newlyWarned: ['a'], pending: 1 });
    expect(first.purgeOn).toBe(daysAfter(NOW, RETENTION_WARNING_DAYS).toISOString());

    const laterNow = daysAfter(NOW, RETENTION_WARNING_DAYS - 1);
    const stillWaiting = decideRetention(
      planRetention([closedOn('a', '2020-01-01T00:00:00Z')], 12, laterNow),
      first.warned,
      laterNow,
    );
    expect(stillWaiting).toMatchObject({ purge: [], newlyWarned: [], pending: 1 });

    const dueNow = daysAfter(NOW, RETENTION_WARNING_DAYS);
    const purged = decideRetention(
      planRetention([closedOn('a', '2020-01-01T00:00:00Z')], 12, dueNow),
      first.warned,
      dueNow,
    );
    expect(purged).toMatchObject({ purge: ['a'], newlyWarned: [], pending: 0, purgeOn: null, warned: {} });
  });

  test('a challenge due in 10 days is warned now and kept for the whole warning period', () => {
    const challenge = closedOn('a', '2024-06-25T12:00:00Z');
    const first = decideRetention(planRetention([challenge], 12, NOW), {}, NOW);
    expect(first.newlyWarned).toEqual(['a']);
    // Its retention date comes first, but the warning period is what holds it.
    expect(first.purgeOn).toBe(daysAfter(NOW, RETENTION_WARNING_DAYS).toISOString());
  });

  test('a warning is shown once per challenge, and a later one warns only about the new one', () => {
    const a = closedOn('a', '2024-06-20T12:00:00Z');
    const first = decideRetention(planRetention([a], 12, NOW), {}, NOW);
    const next = daysAfter(NOW, 1);
    const b = closedOn('b', '2024-06-30T12:00:00Z');
    const second = decideRetention(planRetention([a, b], 12, next), first.warned, next);
    expect(second.newlyWarned).toEqual(['b']);
    expect(second.warned['a']).toBe(NOW.toISOString());
  });

  test('a challenge that is no longer due (retention switched off) is forgotten', () => {
    const first = decideRetention(planRetention([closedOn('a', '2020-01-01T00:00:00Z')], 12, NOW), {}, NOW);
    const off = decideRetention(
      planRetention([closedOn('a', '2020-01-01T00:00:00Z')], 0, NOW),
      first.warned,
      NOW,
    );
    expect(off).toMatchObject({ purge: [], pending: 0, warned: {} });
  });
});
