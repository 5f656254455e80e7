import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { summariseChallenge, type ChallengeSummary } from '../../../lib/challenge';
import { listedChallenge } from '../../../lib/challenge/listed-challenge';
import { builtInProtocols } from '../../../lib/protocols';
import { deadlineWording } from '../../../components/deadline-wording';
import { listedDeadline, listedStageLabel } from '../../../components/dashboard/listed-deadline';
import { stageLabel, summaryDeadline } from '../../../components/dashboard/summary-deadline';
import { BUILT_IN_IDS, climbedTo, step } from '../drafts/draft-fixtures';

// Every challenge climbs from Thursday 1 May 2025; the moments span the early May and spring bank holidays.
const MAY_START = Date.parse('2025-05-01T00:00:00Z');

/**
 * The toolbar popup used to work out each line itself (summaryDeadline, stageLabel over protocols/list);
 * it now reads what the background listed. The line a person sees must not change.
 */
describe('a listed challenge reads as the summary did', () => {
  test('same deadline, state, working days and stage label, for every built-in protocol and stage', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILT_IN_IDS),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 45 * 24 * 60 }),
        fc.constantFrom('england-and-wales' as const, 'scotland' as const),
        fc.boolean(),
        (id, toStage, minutes, nation, storedBeforeNation) => {
          const now = new Date(MAY_START + minutes * 60_000);
          const built = climbedTo(id, toStage, [], { nation });
          const full = summariseChallenge(built.state);
          // Rows stored before summaries kept their nation fall back to the settings' nation, in both.
          const { nation: _kept, ...old } = full;
          const row: ChallengeSummary = storedBeforeNation ? (old as ChallengeSummary) : full;
          const fallback = nation === 'scotland' ? 'england-and-wales' : 'scotland';
          const listed = listedChallenge(row, { now, nation: fallback });

          const before = summaryDeadline(row, now, fallback);
          expect(listedDeadline(listed)).toEqual(before);
          expect(listedStageLabel(listed)).toBe(stageLabel(row, builtInProtocols));
          const after = listedDeadline(listed);
          if (before && after)
            expect(deadlineWording(after.deadline, after.state, after.workingDaysLeft)).toBe(
              deadlineWording(before.deadline, before.state, before.workingDaysLeft),
            );
        },
      ),
      { numRuns: 200 },
    );
  });

  test('no deadline line for a closed challenge; the bare stage number without its protocol', () => {
    const now = new Date(MAY_START + 3 * 24 * 60 * 60_000);
    const resolved = summariseChallenge(
      climbedTo('darlington-dsp-2024', 1, [[step.resolve(1), '2025-05-02T09:00:00Z']]).state,
    );
    expect(listedDeadline(listedChallenge(resolved, { now, nation: 'england-and-wales' }))).toBeNull();

    const open = summariseChallenge(climbedTo('darlington-dsp-2024', 2).state);
    const listed = listedChallenge(open, { now, nation: 'england-and-wales' });
    expect(listedStageLabel(listed)).toBe('Stage 2: Line manager to line manager');
    const orphan = listedChallenge({ ...open, protocolId: 'not-installed' }, { now, nation: 'scotland' });
    expect(listedStageLabel(orphan)).toBe('Stage 2');
    expect(stageLabel({ ...open, protocolId: 'not-installed' }, builtInProtocols)).toBe('Stage 2');
  });
});
