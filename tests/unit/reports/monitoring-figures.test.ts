import { describe, expect, test } from 'vitest';
import { monitoringFigures, periodFor, workingDaysToResolution } from '../../../lib/reports';
import { allQuarterChallenges, quarterChallenges } from './monitoring-fixtures';

const q1 = periodFor('quarter', '2025-05-01');
const figures = monitoringFigures(allQuarterChallenges, q1);
const counts = (rows: { key: string; count: number }[]) =>
  Object.fromEntries(rows.map((row) => [row.key, row.count]));

describe('monitoring figures for Q1 2025/26', () => {
  test('challenges raised in the period', () => {
    expect(figures.period).toEqual(q1);
    expect(figures.raised).toBe(5);
  });

  test('by area of disagreement, with each protocol’s own label, largest first', () => {
    expect(figures.byArea).toEqual([
      { key: 'decision', label: 'A decision', count: 2 },
      { key: 'outcomes-of-assessments', label: 'Outcomes of assessments', count: 1 },
      { key: 'threshold-decisions', label: 'Perceived levels of risk - threshold decisions', count: 1 },
      { key: 'response-to-safeguarding-concern', label: 'Response to a safeguarding concern', count: 1 },
    ]);
  });

  test('stage at which resolved, for every stage of the ladder', () => {
    expect(figures.byResolvedStage).toEqual([
      { key: 'stage-1', label: 'Stage 1', count: 1 },
      { key: 'stage-2', label: 'Stage 2', count: 1 },
      { key: 'stage-3', label: 'Stage 3', count: 1 },
      { key: 'stage-4', label: 'Stage 4', count: 0 },
      { key: 'stage-5', label: 'Stage 5', count: 0 },
    ]);
  });

  test('outcome at the end of the period', () => {
    expect(counts(figures.byOutcome)).toEqual({ resolved: 3, withdrawn: 1, open: 2 });
  });

  test('time to resolution in working days', () => {
    expect(workingDaysToResolution(quarterChallenges.resolvedAtStageOne!.state)).toBe(1);
    expect(workingDaysToResolution(quarterChallenges.resolvedAtStageThree!.state)).toBe(6);
    expect(workingDaysToResolution(quarterChallenges.raisedBeforeQuarter!.state)).toBe(10);
    expect(workingDaysToResolution(quarterChallenges.stillOpen!.state)).toBeNull();
    const { buckets, ...summary } = figures.timeToResolution;
    expect(summary).toEqual({ count: 3, median: 6, mean: 5.7, min: 1, max: 10 });
    expect(counts(buckets)).toEqual({ '0-1': 1, '2-3': 0, '4-5': 0, '6-10': 2, '11-20': 0, '21+': 0 });
  });

  test('whether the professionals were satisfied', () => {
    expect(figures.satisfaction).toEqual([
      { key: 'yes', label: 'Satisfied', count: 1 },
      { key: 'partly', label: 'Partly satisfied', count: 1 },
      { key: 'no', label: 'Not satisfied', count: 1 },
    ]);
  });

  test('threshold reached and reported', () => {
    expect(figures.thresholdReached).toBe(1);
    expect(figures.partnershipInformed).toBe(1);
  });
});

describe('other periods', () => {
  test('the next quarter sees the late resolution and the new challenge', () => {
    const q2 = monitoringFigures(allQuarterChallenges, periodFor('quarter', '2025-08-01'));
    expect(q2.raised).toBe(1);
    expect(counts(q2.byOutcome)).toEqual({ resolved: 1, withdrawn: 0, open: 2 });
    expect(counts(q2.byResolvedStage)).toEqual({
      'stage-1': 1,
      'stage-2': 0,
      'stage-3': 0,
      'stage-4': 0,
      'stage-5': 0,
    });
  });

  test('an empty period has zeros and no averages', () => {
    const empty = monitoringFigures(allQuarterChallenges, periodFor('year', '2019-06-01'));
    expect(empty.raised).toBe(0);
    expect(empty.byArea).toEqual([]);
    expect(empty.byResolvedStage).toEqual([]);
    expect(empty.timeToResolution).toMatchObject({
      count: 0,
      median: null,
      mean: null,
      min: null,
      max: null,
    });
    expect(counts(empty.satisfaction)).toEqual({ yes: 0, partly: 0, no: 0 });
  });

  test('the whole year adds up: every challenge raised is counted once by area', () => {
    const year = monitoringFigures(allQuarterChallenges, periodFor('year', '2025-05-01'));
    expect(year.raised).toBe(6);
    expect(year.byArea.reduce((sum, row) => sum + row.count, 0)).toBe(year.raised);
  });
});
