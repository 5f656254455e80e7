import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stageAlert } from '../../../lib/alerts/alert-state';
import { badgeFor, DUE_SOON_COLOR, OVERDUE_COLOR } from '../../../lib/alerts/badge-model';
import { summary } from './summaries';

describe('stageAlert', () => {
  test.each([
    ['before the due-soon warning', '2026-03-06T12:00:00Z', 'none'],
    ['at the due-soon warning', '2026-03-09T09:00:00Z', 'due-soon'],
    ['between warning and deadline', '2026-03-09T15:00:00Z', 'due-soon'],
    ['at the deadline itself', '2026-03-10T17:00:00Z', 'overdue'],
    ['days after the deadline', '2026-03-17T10:00:00Z', 'overdue'],
  ])('%s', (_, now, expected) => {
    expect(stageAlert(summary(), new Date(now))).toBe(expected);
  });

  test('the deadline’s own London day counts as due even without a due-soon warning', () => {
    const s = summary({ dueSoonAt: null, deadline: '2026-03-10T17:00:00.000Z' });
    expect(stageAlert(s, new Date('2026-03-10T00:30:00Z'))).toBe('due-soon');
    expect(stageAlert(s, new Date('2026-03-09T23:30:00Z'))).toBe('none');
  });

  test.each([
    ['resolved', summary({ status: 'resolved' })],
    ['withdrawn', summary({ status: 'withdrawn' })],
    ['no deadline', summary({ deadline: null, dueSoonAt: null })],
  ])('%s challenges are never due', (_, s) => {
    expect(stageAlert(s, new Date('2030-01-01T00:00:00Z'))).toBe('none');
  });
});

describe('badgeFor', () => {
  const later = new Date('2026-03-17T10:00:00Z');

  test('nothing due: no text and a tooltip saying so', () => {
    expect(badgeFor([summary()], new Date('2026-03-02T10:00:00Z'))).toMatchObject({
      text: '',
      title: 'Challenge Companion: nothing due',
    });
    expect(badgeFor([], later).text).toBe('');
  });

  test('overdue stages are counted in red, ahead of due-soon ones', () => {
    const view = badgeFor(
      [
        summary({ challengeId: 'a' }),
        summary({ challengeId: 'b' }),
        summary({ challengeId: 'c', dueSoonAt: '2026-03-16T09:00:00Z', deadline: '2026-03-18T17:00:00Z' }),
      ],
      later,
    );
    expect(view).toEqual({
      text: '2',
      color: OVERDUE_COLOR,
      title: '2 challenge stages are overdue\n1 challenge stage is due today or soon',
    });
  });

  test('due-soon stages are counted in amber when none is overdue', () => {
    const view = badgeFor([summary()], new Date('2026-03-09T10:00:00Z'));
    expect(view).toEqual({
      text: '1',
      color: DUE_SOON_COLOR,
      title: '1 challenge stage is due today or soon',
    });
  });

  test('the tooltip says the partnership must be told when a threshold is reached untold', () => {
    const untold = summary({ deadline: null, dueSoonAt: null, thresholdReached: true });
    const view = badgeFor([untold], later);
    expect(view.text).toBe('');
    expect(view.title).toMatch(/partnership must be told/);
    expect(badgeFor([{ ...untold, partnershipInformed: true }], later).title).toBe(
      'Challenge Companion: nothing due',
    );
    const resolvedUntold = { ...untold, status: 'resolved' as const };
    expect(badgeFor([resolvedUntold], later).title).toMatch(/partnership must be told/);
    expect(badgeFor([summary(), untold], later).title).toBe(
      '1 challenge stage is overdue\nA challenge has reached the reporting threshold: the partnership must be told',
    );
  });

  test('the badge and tooltip never carry anything from the summary but counts', () => {
    const arbitrarySummary = fc.record({
      challengeId: fc.string({ minLength: 6 }).map((s) => `ID${s}`),
      status: fc.constantFrom('open', 'resolved', 'withdrawn' as const),
      currentStage: fc.integer({ min: 1, max: 5 }),
      dueSoonAt: fc.option(
        fc
          .date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      ),
      deadline: fc.option(
        fc
          .date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      ),
      thresholdReached: fc.boolean(),
      partnershipInformed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(arbitrarySummary, { maxLength: 20 }),
        fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
        (summaries, now) => {
          const view = badgeFor(summaries, now);
          for (const s of summaries) expect(view.title).not.toContain(s.challengeId);
          const counted = summaries.filter((s) => stageAlert(s, now) !== 'none').length;
          const overdue = summaries.filter((s) => stageAlert(s, now) === 'overdue').length;
          expect(view.text).toBe(overdue > 0 ? String(overdue) : counted > 0 ? String(counted) : '');
        },
      ),
    );
  });
});
