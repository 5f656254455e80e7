// Small statistics and formatting helpers for the benchmark (plain JavaScript, run by Node directly).

/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export const median = (values) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Milliseconds with one decimal below 100 ms, whole above. */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

export function bytes(value) {
  return value < 10_240 ? `${value} B` : `${(value / 1024).toFixed(1)} KiB`;
}

/** `p50 X / p95 Y (n runs)`. */
export function spread(values) {
  return `p50 ${ms(percentile(values, 50))} / p95 ${ms(percentile(values, 95))} (n=${values.length})`;
}

/** Resolves after `delay` milliseconds. */
export const sleep = (delay) => new Promise((resolve) => setTimeout(resolve, delay));

/**
 * A table row. `verdict` is 'ok', 'OVER BUDGET', 'report' (no budget) or 'failed' (the measurement
 * itself could not be made; `measured` then says why).
 * @typedef {{ metric: string; measured: string; budget: string; verdict: string; note?: string }} Row
 */

/** @param {number} value @param {number} limit */
export const within = (value, limit) => (Number.isFinite(value) && value <= limit ? 'ok' : 'OVER BUDGET');

/** Plain-text table for the terminal. @param {Row[]} rows */
export function textTable(rows) {
  const header = ['metric', 'measured', 'budget', 'verdict'];
  const cells = rows.map((row) => [row.metric, row.measured, row.budget, row.verdict]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...cells.map((cell) => cell[i].length)));
  const line = (values) => values.map((value, i) => value.padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

/** Markdown table. @param {Row[]} rows */
export function markdownTable(rows) {
  const escape = (text) => text.replaceAll('|', '\\|');
  return [
    '| metric | measured | budget | verdict |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) => `| ${[row.metric, row.measured, row.budget, row.verdict].map(escape).join(' | ')} |`,
    ),
  ].join('\n');
}
