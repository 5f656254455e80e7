import { describe, expect, test } from 'vitest';
import { nextAlarmAt } from '../../../lib/alerts/alarm-plan';
import {
  keysToRemember,
  notificationKey,
  pendingNotifications,
  withinWorkingHours,
} from '../../../lib/alerts/notification-model';
import { summary } from './summaries';

const HOURS = { start: '09:00', end: '17:00' };

describe('pendingNotifications', () => {
  const overdueAt = new Date('2026-03-17T10:00:00Z');

  test('one content-free notification per challenge, stage and kind', () => {
    const pending = pendingNotifications(
      [summary({ challengeId: 'a' }), summary({ challengeId: 'b', thresholdReached: true })],
      overdueAt,
      new Set(),
    );
    expect(pending.map((p) => p.key)).toEqual(['a:1:overdue', 'b:1:overdue', 'b:1:threshold']);
    expect(pending[0]?.message).toBe('A challenge stage is overdue');
    for (const p of pending) expect(`${p.title} ${p.message}`).not.toMatch(/\b[ab]\b/);
  });

  test('keys already sent are not raised again', () => {
    const first = pendingNotifications([summary()], overdueAt, new Set());
    const sent = new Set(keysToRemember(first));
    expect(pendingNotifications([summary()], overdueAt, sent)).toEqual([]);
  });

  test('a stage announced overdue is not announced as due soon afterwards', () => {
    const sent = new Set(keysToRemember(pendingNotifications([summary()], overdueAt, new Set())));
    expect(sent.has(notificationKey('c-1', 1, 'due-soon'))).toBe(true);
  });

  test('a later stage of the same challenge is announced anew', () => {
    const sent = new Set(['c-1:1:overdue', 'c-1:1:due-soon']);
    const stageTwo = summary({ currentStage: 2 });
    expect(pendingNotifications([stageTwo], overdueAt, sent).map((p) => p.key)).toEqual(['c-1:2:overdue']);
  });

  test('due soon gives the due-soon text', () => {
    const [pending] = pendingNotifications([summary()], new Date('2026-03-09T10:00:00Z'), new Set());
    expect(pending).toMatchObject({ kind: 'due-soon', message: 'A challenge stage is due soon' });
  });
});

describe('withinWorkingHours (Europe/London)', () => {
  test.each([
    ['Tuesday 10:00 GMT', '2026-03-17T10:00:00Z', true],
    ['Tuesday 08:59 GMT', '2026-03-17T08:59:00Z', false],
    ['Tuesday 17:00 GMT (end excluded)', '2026-03-17T17:00:00Z', false],
    ['Saturday 10:00', '2026-03-21T10:00:00Z', false],
    ['Sunday 10:00', '2026-03-22T10:00:00Z', false],
    ['Monday 08:30 UTC is 09:30 BST', '2026-06-15T08:30:00Z', true],
    ['Monday 16:30 UTC is 17:30 BST', '2026-06-15T16:30:00Z', false],
  ])('%s', (_, instant, expected) => {
    expect(withinWorkingHours(new Date(instant), HOURS)).toBe(expected);
  });

  test.each([
    ['Easter Monday in England and Wales', '2026-04-06T09:30:00Z', 'england-and-wales', false],
    ['Easter Monday is worked in Scotland', '2026-04-06T09:30:00Z', 'scotland', true],
    ['St Andrew’s Day (Monday 30 November 2026) in Scotland', '2026-11-30T10:00:00Z', 'scotland', false],
    ['an ordinary Tuesday', '2026-04-07T09:30:00Z', 'england-and-wales', true],
  ] as const)('%s', (_, instant, nation, expected) => {
    expect(withinWorkingHours(new Date(instant), HOURS, nation)).toBe(expected);
  });
});

describe('nextAlarmAt', () => {
  const now = new Date('2026-03-17T10:00:00Z');
  test.each([
    ['nothing ahead', null, null],
    ['an hour ahead', '2026-03-17T11:00:00Z', 1_000 + 3_600_000 + 1_000],
    ['already reached', '2026-03-17T09:00:00Z', 1_000 + 1_000],
    ['not an instant', 'soon', null],
  ])('%s', (_, next, expected) => {
    expect(nextAlarmAt(next, now, 1_000)).toBe(expected);
  });
});
