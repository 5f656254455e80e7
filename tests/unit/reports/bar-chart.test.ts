import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { barChartModel, monitoringFigures, periodFor } from '../../../lib/reports';
import { allQuarterChallenges } from './monitoring-fixtures';

const series = [
  { key: 'a', label: 'Threshold decisions', count: 4 },
  { key: 'b', label: 'Information sharing', count: 2 },
  { key: 'c', label: 'Service provision', count: 0 },
];

describe('bar chart geometry', () => {
  test('rows share the height, the largest bar fills the plot, labels sit left of the bars', () => {
    const model = barChartModel(series, { width: 500, height: 300, title: 'Challenges by area' });
    expect(model).toMatchObject({ width: 500, height: 300, maxValue: 4, total: 6 });
    expect(
      model.bars.map(({ key, value, x, y, width, height, labelX, valueX, textY }) => ({
        key,
        value,
        x,
        y,
        width,
        height,
        labelX,
        valueX,
        textY,
      })),
    ).toEqual([
      { key: 'a', value: 4, x: 200, y: 15, width: 260, height: 70, labelX: 192, valueX: 464, textY: 50 },
      { key: 'b', value: 2, x: 200, y: 115, width: 130, height: 70, labelX: 192, valueX: 334, textY: 150 },
      { key: 'c', value: 0, x: 200, y: 215, width: 0, height: 70, labelX: 192, valueX: 204, textY: 250 },
    ]);
  });

  test('the text alternative says everything the chart shows', () => {
    expect(
      barChartModel(series, { width: 500, height: 300, title: 'Challenges by area' }).textAlternative,
    ).toBe(
      'Challenges by area. Threshold decisions: 4; Information sharing: 2; Service provision: 0. Total: 6.',
    );
    expect(barChartModel([], { width: 500, height: 300, title: 'Challenges by area' }).textAlternative).toBe(
      'Challenges by area: no data.',
    );
  });

  test('all zeros draw no bars rather than dividing by zero', () => {
    const model = barChartModel([{ key: 'x', label: 'X', count: 0 }], { width: 100, height: 50 });
    expect(model.bars[0]?.width).toBe(0);
    expect(model.maxValue).toBe(0);
  });

  test('it charts the monitoring figures as they come', () => {
    const figures = monitoringFigures(allQuarterChallenges, periodFor('quarter', '2025-05-01'));
    const model = barChartModel(figures.byResolvedStage, {
      width: 400,
      height: 200,
      title: 'Stage at which resolved',
    });
    expect(model.bars.map((bar) => bar.label)).toEqual([
      'Stage 1',
      'Stage 2',
      'Stage 3',
      'Stage 4',
      'Stage 5',
    ]);
    expect(model.textAlternative).toBe(
      'Stage at which resolved. Stage 1: 1; Stage 2: 1; Stage 3: 1; Stage 4: 0; Stage 5: 0. Total: 3.',
    );
  });

  test('every bar stays inside the chart and is proportional to its value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 50, max: 2000 }),
        fc.integer({ min: 20, max: 2000 }),
        (values, width, height) => {
          const model = barChartModel(
            values.map((count, index) => ({ key: String(index), label: `L${index}`, count })),
            { width, height },
          );
          for (const bar of model.bars) {
            expect(bar.x + bar.width).toBeLessThanOrEqual(width + 0.01);
            expect(bar.y).toBeGreaterThanOrEqual(0);
            expect(bar.y + bar.height).toBeLessThanOrEqual(height + 0.01);
            if (model.maxValue > 0)
              expect(bar.width).toBeCloseTo((bar.value / model.maxValue) * Math.max(0, width * 0.6 - 40), 1);
          }
        },
      ),
    );
  });

  test('bad sizes are refused by name', () => {
    expect(() => barChartModel(series, { width: 0, height: 100 })).toThrow(/^width: /);
    expect(() => barChartModel(series, { width: 100, height: Number.NaN })).toThrow(/^height: /);
  });
});
