/**
 * Records for the partnership (pure): monitoring figures over a reporting period, chart geometry, the
 * Business Unit's CSV log, and stage deadlines as an iCalendar file. See docs/exports.md for the formats.
 */
export {
  PERIOD_KINDS,
  periodFor,
  inPeriod,
  periodOptionsSchema,
  type Period,
  type PeriodKind,
} from './period';
export { mayCountIn, monitoringFactsOf, type MonitoringFacts } from './monitoring-facts';
export {
  figuresFromFacts,
  monitoringFigures,
  workingDaysToResolution,
  type CountRow,
  type MonitoringChallenge,
  type MonitoringFigures,
  type MonitoringOptions,
  type ResolutionTimes,
} from './monitoring-figures';
export {
  LOG_COLUMNS,
  NAMED_COLUMNS,
  monitoringCsv,
  monitoringCsvOptionsSchema,
  type MonitoringCsvOptions,
} from './monitoring-csv';
export { csvCellText, csvDocument, csvField, csvRecord, type CsvCell } from './csv-format';
export {
  barChartModel,
  barChartOptionsSchema,
  type BarChartModel,
  type BarChartOptions,
  type ChartBar,
  type ChartItem,
} from './bar-chart';
export { icsForChallenges, icsOptionsSchema, type IcsOptions } from './ics-file';
export { escapeText, foldLine, utcDateTime } from './ics-format';
