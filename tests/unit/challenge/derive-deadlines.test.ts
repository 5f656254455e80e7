import { describe, expect, test } from 'vitest';
import { deriveChallengeState } from '../../../lib/challenge';
import type { NewChallengeEvent } from '../../../lib/challenge';
import { builtIn, deriveAt as derive, drafts, historyOf, openedDraft } from './challenge-builders';

const darlington = builtIn('darlington-dsp-2024');
const panSussex = builtIn('pan-sussex-2025');

describe('Darlington fixed timeframes (Stage 1: one working day, Stage 2: 3 working days)', () => {
  // Friday 2 May 2025, 14:00 BST. Monday 5 May is the Early May bank holiday.
  const openedFriday: [NewChallengeEvent, string] = [openedDraft(darlington), '2025-05-02T13:00:00Z'];

  test('Stage 1 is due at the end of the next working day, past the bank holiday', () => {
    const state = derive(darlington, [openedFriday], '2025-05-02T15:00:00Z');
    expect(state.deadline).toEqual({
      deadlineDate: '2025-05-06',
      dueSoonAt: '2025-05-06T08:00:00.000Z',
      deadline: '2025-05-06T16:00:00.000Z',
    });
    expect(state).toMatchObject({ currentStage: 1, deadlineState: 'on-track', workingDaysLeft: 1 });
  });

  test.each([
    ['2025-05-05T12:00:00Z', 'on-track', 1],
    ['2025-05-06T08:00:00Z', 'due-soon', 0],
    ['2025-05-06T15:59:59Z', 'due-soon', 0],
    ['2025-05-06T16:00:00Z', 'overdue', 0],
    ['2025-05-08T10:00:00Z', 'overdue', -2],
  ] as const)('at %s Stage 1 is %s with %i working days left', (now, deadlineState, workingDaysLeft) => {
    expect(derive(darlington, [openedFriday], now)).toMatchObject({ deadlineState, workingDaysLeft });
  });

  test('Stage 2 runs 3 working days from the escalation', () => {
    const state = derive(
      darlington,
      [openedFriday, [drafts.escalate(2), '2025-05-06T14:00:00Z']],
      '2025-05-07T09:00:00Z',
    );
    expect(state).toMatchObject({
      currentStage: 2,
      stageTitle: 'Line manager to line manager',
      stageStartedAt: '2025-05-06T14:00:00Z',
      timeframe: { kind: 'working-days', days: 3 },
      deadline: { deadlineDate: '2025-05-09', deadline: '2025-05-09T16:00:00.000Z' },
      deadlineState: 'on-track',
      workingDaysLeft: 2,
    });
    expect(state.stageHistory).toEqual([
      {
        stage: 1,
        startedAt: '2025-05-02T13:00:00Z',
        endedAt: '2025-05-06T14:00:00Z',
        agreedWorkingDays: null,
        deadline: {
          deadlineDate: '2025-05-06',
          dueSoonAt: '2025-05-06T08:00:00.000Z',
          deadline: '2025-05-06T16:00:00.000Z',
        },
        outcome: 'escalated',
      },
      {
        stage: 2,
        startedAt: '2025-05-06T14:00:00Z',
        endedAt: null,
        agreedWorkingDays: null,
        deadline: {
          deadlineDate: '2025-05-09',
          dueSoonAt: '2025-05-09T08:00:00.000Z',
          deadline: '2025-05-09T16:00:00.000Z',
        },
        outcome: null,
      },
    ]);
  });

  test.each([
    // Monday 17 March 2025 is St Patrick's Day, a bank holiday in Northern Ireland only.
    ['england-and-wales', '2025-03-17'],
    ['northern-ireland', '2025-03-18'],
  ] as const)('the nation’s bank holidays count (%s: due %s)', (nation, deadlineDate) => {
    const state = derive(
      darlington,
      [[openedDraft(darlington, { nation }), '2025-03-14T12:00:00Z']],
      '2025-03-14T12:00:00Z',
    );
    expect(state.deadline?.deadlineDate).toBe(deadlineDate);
  });

  test('deadlines use the working hours recorded when the challenge was opened', () => {
    const opened = openedDraft(darlington, { workingHours: { start: '08:00', end: '16:30' } });
    const state = deriveChallengeState(historyOf(darlington, [[opened, '2025-05-02T13:00:00Z']]), {
      protocol: darlington,
      now: new Date('2025-05-02T13:00:00Z'),
      hours: { start: '10:00', end: '18:00' },
    });
    expect(state.deadline).toMatchObject({
      dueSoonAt: '2025-05-06T07:00:00.000Z',
      deadline: '2025-05-06T15:30:00.000Z',
    });
  });

  test('without a snapshot, the caller’s hours apply', () => {
    const { workingHours: _dropped, ...opened } = openedDraft(darlington);
    const state = deriveChallengeState(historyOf(darlington, [[opened, '2025-05-02T13:00:00Z']]), {
      protocol: darlington,
      now: new Date('2025-05-02T13:00:00Z'),
      hours: { start: '10:00', end: '18:00' },
    });
    expect(state.deadline?.deadline).toBe('2025-05-06T17:00:00.000Z');
  });

  test.each([
    [3, 'none'],
    [5, 'none'],
  ] as const)('Stage %i has no deadline (timeframe %s)', (stage, kind) => {
    const steps: [NewChallengeEvent, string][] = [openedFriday];
    for (let next = 2; next <= stage; next += 1)
      steps.push([drafts.escalate(next), `2025-05-0${next + 4}T10:00:00Z`]);
    const state = derive(darlington, steps, '2025-05-12T10:00:00Z');
    expect(state).toMatchObject({
      currentStage: stage,
      timeframe: { kind },
      deadline: null,
      deadlineState: null,
    });
  });

  test('Stage 4 ("as soon as possible") gets a deadline once one is set', () => {
    const steps: [NewChallengeEvent, string][] = [
      openedFriday,
      [drafts.escalate(2), '2025-05-06T10:00:00Z'],
      [drafts.escalate(3), '2025-05-07T10:00:00Z'],
      [drafts.escalate(4), '2025-05-08T10:00:00Z'],
    ];
    expect(derive(darlington, steps, '2025-05-08T11:00:00Z')).toMatchObject({
      deadline: null,
      agreedWorkingDays: null,
    });
    steps.push([drafts.timeframe(4, 2), '2025-05-08T11:00:00Z']);
    expect(derive(darlington, steps, '2025-05-08T11:00:00Z')).toMatchObject({
      agreedWorkingDays: 2,
      deadline: { deadlineDate: '2025-05-12' },
    });
  });
});

describe('Pan-Sussex timeframes set by the escalator', () => {
  // Monday 2 June 2025, 10:00 BST.
  const opened: [NewChallengeEvent, string] = [openedDraft(panSussex), '2025-06-02T09:00:00Z'];

  test('a stage has no deadline until the escalator sets one', () => {
    expect(derive(panSussex, [opened], '2025-06-03T09:00:00Z')).toMatchObject({
      timeframe: { kind: 'set-by-escalator' },
      deadline: null,
      deadlineState: null,
      workingDaysLeft: null,
    });
  });

  test('the timeframe counts from the start of the stage, not from when it was set', () => {
    const state = derive(
      panSussex,
      [opened, [drafts.timeframe(1, 5), '2025-06-04T09:00:00Z']],
      '2025-06-05T09:00:00Z',
    );
    expect(state).toMatchObject({
      agreedWorkingDays: 5,
      deadline: { deadlineDate: '2025-06-09', deadline: '2025-06-09T16:00:00.000Z' },
      deadlineState: 'on-track',
      workingDaysLeft: 2,
    });
  });

  test('the latest timeframe for the stage wins', () => {
    const state = derive(
      panSussex,
      [
        opened,
        [drafts.timeframe(1, 5), '2025-06-02T09:10:00Z'],
        [drafts.timeframe(1, 1), '2025-06-02T09:20:00Z'],
      ],
      '2025-06-02T10:00:00Z',
    );
    expect(state.deadline?.deadlineDate).toBe('2025-06-03');
  });

  test('each stage needs its own timeframe; the earlier stage keeps its deadline in the history', () => {
    const steps: [NewChallengeEvent, string][] = [
      opened,
      [drafts.timeframe(1, 5), '2025-06-02T09:10:00Z'],
      [drafts.escalate(2), '2025-06-10T09:00:00Z'],
    ];
    expect(derive(panSussex, steps, '2025-06-10T10:00:00Z')).toMatchObject({
      currentStage: 2,
      deadline: null,
    });
    steps.push([drafts.timeframe(2, 2), '2025-06-10T09:05:00Z']);
    const state = derive(panSussex, steps, '2025-06-13T10:00:00Z');
    expect(state).toMatchObject({
      deadline: { deadlineDate: '2025-06-12' },
      deadlineState: 'overdue',
      workingDaysLeft: -1,
    });
    expect(
      state.stageHistory.map((spell) => [spell.stage, spell.agreedWorkingDays, spell.deadline?.deadlineDate]),
    ).toEqual([
      [1, 5, '2025-06-09'],
      [2, 2, '2025-06-12'],
    ]);
  });
});
