import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  deriveChallengeState,
  summariseChallenge,
  summaryStanding,
  type ChallengeSummary,
} from '../../../lib/challenge';
import { listedChallenge } from '../../../lib/challenge/listed-challenge';
import { BUILT_IN_IDS, build, builtIn, climbedTo, opened, step } from '../drafts/draft-fixtures';

// Every challenge climbs from Thursday 1 May 2025; days around the early May and spring bank holidays.
const MAY_START = Date.parse('2025-05-01T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** The row the store kept when the challenge last changed, and the state challenge/get derives at `now`. */
function rowAndStateAt(id: (typeof BUILT_IN_IDS)[number], toStage: number, now: Date, scotland = false) {
  const built = climbedTo(id, toStage, [], scotland ? { nation: 'scotland' } : {});
  const row = summariseChallenge(built.state);
  const state = deriveChallengeState(built.events, { protocol: built.protocol, now });
  return { row, state, protocol: built.protocol };
}

describe('summaryStanding gives the derived state’s standing from the stored row alone', () => {
  test('for every built-in protocol and stage, at any moment of the next six weeks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILT_IN_IDS),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 12 * 24 * 60, max: 45 * 24 * 60 }),
        fc.boolean(),
        (id, toStage, minutes, scotland) => {
          const now = new Date(MAY_START + minutes * 60_000);
          const { row, state } = rowAndStateAt(id, toStage, now, scotland);
          // The fallback nation is the other one: the row's own nation must win.
          const fallback = scotland ? 'england-and-wales' : 'scotland';
          expect(summaryStanding(row, now, fallback)).toEqual({
            deadlineState: state.deadlineState,
            workingDaysLeft: state.workingDaysLeft,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('counts on the row’s nation: Easter Monday is a holiday in England and Wales, not in Scotland', () => {
    // Darlington Stage 2 (three working days) from Thursday 17 April 2025: after Good Friday and Easter
    // Monday, the deadline is Thursday 24 April on the England and Wales calendar.
    const now = new Date('2025-04-17T10:00:00Z');
    const darlington = builtIn('darlington-dsp-2024');
    const built = build(
      darlington,
      [
        [opened(darlington), '2025-04-17T08:30:00Z'],
        [step.escalate(2), '2025-04-17T09:00:00Z'],
      ],
      now.toISOString(),
    );
    const row = summariseChallenge(built.state);
    expect(built.state.workingDaysLeft).toBe(3);
    expect(summaryStanding(row, now, 'scotland').workingDaysLeft).toBe(3);
    // A row stored before summaries kept their nation falls back to the settings' nation.
    const { nation: _nation, ...oldRow } = row;
    expect(summaryStanding(oldRow, now, 'england-and-wales').workingDaysLeft).toBe(3);
    expect(summaryStanding(oldRow, now, 'scotland').workingDaysLeft).toBe(4);
  });

  test('nothing for a closed challenge or a stage without a deadline', () => {
    const now = new Date(MAY_START + 20 * DAY);
    const resolved = climbedTo('darlington-dsp-2024', 1, [[step.resolve(1), '2025-05-02T09:00:00Z']]);
    expect(summaryStanding(summariseChallenge(resolved.state), now, 'england-and-wales')).toEqual({
      deadlineState: null,
      workingDaysLeft: null,
    });
    const open = summariseChallenge(climbedTo('darlington-dsp-2024', 1).state);
    expect(summaryStanding({ ...open, deadline: null, dueSoonAt: null }, now, 'england-and-wales')).toEqual({
      deadlineState: null,
      workingDaysLeft: null,
    });
  });

  test('a nation the calendar does not know keeps the state and drops the day count', () => {
    const open = summariseChallenge(climbedTo('darlington-dsp-2024', 1).state);
    const unknown = { ...open, nation: 'atlantis' as never };
    expect(summaryStanding(unknown, new Date(MAY_START), 'england-and-wales')).toEqual({
      deadlineState: 'on-track',
      workingDaysLeft: null,
    });
  });
});

describe('listedChallenge', () => {
  test('adds the stage title and standing challenge/get would show, keeping the summary', () => {
    const now = new Date('2025-05-07T10:00:00Z');
    for (const id of BUILT_IN_IDS) {
      const { row, state } = rowAndStateAt(id, 2, now);
      const listed = listedChallenge(row, { now, nation: 'england-and-wales' });
      expect(listed).toEqual({
        ...row,
        stageTitle: state.stageTitle,
        deadlineState: state.deadlineState,
        workingDaysLeft: state.workingDaysLeft,
      });
      expect(listed.stageTitle).toMatch(/\w/);
    }
  });

  test('no title when the protocol is not installed', () => {
    const now = new Date('2025-05-07T10:00:00Z');
    const row: ChallengeSummary = {
      ...rowAndStateAt('lscb-2019', 1, now).row,
      protocolId: 'a-partnership-not-imported',
    };
    expect(listedChallenge(row, { now, nation: 'england-and-wales' }).stageTitle).toBeNull();
  });
});
