import { barChartModel, type ChartItem } from '@/lib/reports';

const WIDTH = 720;
const ROW = 28;
const LABEL_WIDTH = 300;
/** SVG text does not wrap: a long label is shortened in the chart; the table and the description keep it whole. */
const MAX_LABEL = 40;
const shortLabel = (label: string) =>
  label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;

/**
 * One series as a horizontal bar chart and, beside it, the same numbers as a table: the SVG is an image
 * with a title and a description that reads out every bar; the table is for anyone who prefers figures.
 */
export function BarChart({ id, title, series }: { id: string; title: string; series: readonly ChartItem[] }) {
  const height = Math.max(ROW, series.length * ROW);
  const model = barChartModel(series, { width: WIDTH, height, title, labelWidth: LABEL_WIDTH });
  return (
    <section class="chart" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {series.length === 0 ? (
        <p>Nothing to show for this period.</p>
      ) : (
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${model.width} ${model.height}`}
          width="100%"
          class="chart__svg"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{model.textAlternative}</desc>
          {model.bars.map((bar) => (
            <g key={bar.key}>
              <text
                x={bar.labelX}
                y={bar.textY}
                text-anchor="end"
                dominant-baseline="middle"
                class="chart__label"
              >
                {shortLabel(bar.label)}
              </text>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} class="chart__bar" />
              <text x={bar.valueX} y={bar.textY} dominant-baseline="middle" class="chart__value">
                {bar.value}
              </text>
            </g>
          ))}
        </svg>
      )}
      <table class="chart__table">
        <caption class="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Number</th>
          </tr>
        </thead>
        <tbody>
          {series.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{model.total}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
