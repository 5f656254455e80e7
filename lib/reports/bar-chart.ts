import { z } from 'zod';

/**
 * The geometry of a horizontal bar chart, for the UI to draw as SVG: one row per item, its label on the
 * left, the bar scaled to the largest value, the value written after the bar. Horizontal because area
 * labels are long. The text alternative says everything the chart shows, for screen readers and print.
 */

export interface ChartItem {
  key: string;
  label: string;
  count: number;
}

export interface ChartBar {
  key: string;
  label: string;
  value: number;
  /** The bar's rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where to write the label (text-anchor: end) and the value (text-anchor: start), at the row's middle. */
  labelX: number;
  valueX: number;
  textY: number;
}

export interface BarChartModel {
  width: number;
  height: number;
  bars: ChartBar[];
  maxValue: number;
  total: number;
  textAlternative: string;
}

export const barChartOptionsSchema = z.object({
  width: z.number().positive('must be more than 0').max(4000, 'must be at most 4000'),
  height: z.number().positive('must be more than 0').max(4000, 'must be at most 4000'),
  /** What the chart shows, e.g. "Challenges by area of disagreement". */
  title: z.string().max(200).default('Chart'),
  /** Width kept for the labels; 40% of the width by default. */
  labelWidth: z.number().min(0).optional(),
  /** Width kept after the longest bar for its value. */
  valueWidth: z.number().min(0).default(40),
});
export type BarChartOptions = z.input<typeof barChartOptionsSchema>;

const round = (value: number): number => Math.round(value * 100) / 100;

/** @throws RangeError naming the option when the options are invalid. */
export function barChartModel(series: readonly ChartItem[], options: BarChartOptions): BarChartModel {
  const parsed = barChartOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RangeError(`${issue?.path.join('.') || 'options'}: ${issue?.message ?? 'invalid'}`);
  }
  const { width, height, title, valueWidth } = parsed.data;
  const labelWidth = Math.min(parsed.data.labelWidth ?? width * 0.4, width);
  const plotWidth = Math.max(0, width - labelWidth - valueWidth);
  const values = series.map((item) => (Number.isFinite(item.count) && item.count > 0 ? item.count : 0));
  const maxValue = Math.max(0, ...values);
  const total = values.reduce((sum, value) => sum + value, 0);
  const rowHeight = series.length === 0 ? 0 : height / series.length;
  const barHeight = rowHeight * 0.7;
  const bars = series.map((item, index) => {
    const value = values[index] as number;
    const barWidth = maxValue === 0 ? 0 : (value / maxValue) * plotWidth;
    const top = index * rowHeight;
    return {
      key: item.key,
      label: item.label,
      value,
      x: round(labelWidth),
      y: round(top + (rowHeight - barHeight) / 2),
      width: round(barWidth),
      height: round(barHeight),
      labelX: round(Math.max(0, labelWidth - 8)),
      valueX: round(labelWidth + barWidth + 4),
      textY: round(top + rowHeight / 2),
    };
  });
  const described = bars.map((bar) => `${bar.label}: ${bar.value}`).join('; ');
  return {
    width,
    height,
    bars,
    maxValue,
    total,
    textAlternative: bars.length === 0 ? `${title}: no data.` : `${title}. ${described}. Total: ${total}.`,
  };
}
