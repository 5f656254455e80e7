import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextAlarmAt } from '../../../lib/alerts/alarm-plan';
import {
  groupSentKeys,
  keysToRemember,
  MAX_SEPARATE_NOTIFICATIONS,
  notificationsToRaise,
  rememberSent,
  sentKeySet,
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

describe('notificationsToRaise', () => {
  const overdueAt = new Date('2026-03-17T10:00:00Z');
  const pendingFor = (n: number) =>
    pendingNotifications(
      Array.from({ length: n }, (_, i) => summary({ challengeId: `c${i}` })),
      overdueAt,
      new Set(),
    );

  test.each([0, 1, MAX_SEPARATE_NOTIFICATIONS])('%i pending are raised one by one', (n) => {
    expect(notificationsToRaise(pendingFor(n))).toEqual(pendingFor(n));
  });

  test.each([MAX_SEPARATE_NOTIFICATIONS + 1, 2500])('%i pending become one content-free summary', (n) => {
    const raised = notificationsToRaise(pendingFor(n));
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ key: 'summary', kind: 'overdue' });
    expect(raised[0]?.message).toBe(
      `${n} challenge alerts need attention: open Challenge Companion to see them`,
    );
  });
});

describe('rememberSent', () => {
  const overdueAt = new Date('2026-03-17T10:00:00Z');

  test('keeps every key of challenges that still alert, however many, and drops the others', () => {
    const many = Array.from({ length: 3000 }, (_, i) => summary({ challengeId: `c${i}` }));
    const pending = pendingNotifications(many, overdueAt, new Set());
    const alerting = new Set(many.map((s) => s.challengeId));
    const sent = rememberSent({ gone: ['gone:1:overdue'] }, pending, alerting);
    expect(sent).not.toHaveProperty('gone');
    expect(sent.c2999).toEqual(['c2999:1:overdue', 'c2999:1:due-soon']);
    // Nothing still due is forgotten, so nothing is raised twice (the old list was capped at 2,000 keys).
    expect(pendingNotifications(many, overdueAt, sentKeySet(sent))).toEqual([]);
  });

  test('groupSentKeys reads the flat list earlier versions kept', () => {
    expect(groupSentKeys(['a:1:overdue', 'a:1:due-soon', 'b:2:threshold'])).toEqual({
      a: ['a:1:overdue', 'a:1:due-soon'],
      b: ['b:2:threshold'],
    });
  });

  test('invariant: everything raised is remembered; earlier keys only of challenges still alerting', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 6 }),
        fc.subarray(['a', 'b', 'c', 'd']),
        (ids, others) => {
          // A raised challenge alerts by definition.
          const alive = new Set([...ids, ...others]);
          const pending = pendingNotifications(
            ids.map((challengeId) => summary({ challengeId })),
            overdueAt,
            new Set(),
          );
          const sent = rememberSent({ a: ['a:0:overdue'], z: ['z:1:overdue'] }, pending, alive);
          expect(sent).not.toHaveProperty('z');
          expect(sent.a?.includes('a:0:overdue') ?? false).toBe(alive.has('a'));
          for (const item of pending) expect(sentKeySet(sent).has(item.key)).toBe(true);
          for (const [challengeId, keys] of Object.entries(sent))
            for (const key of keys) expect(key.startsWith(`${challengeId}:`)).toBe(true);
        },
      ),
    );
  });
});
