import { londonDate, workingDaysBetween } from '../calendar';
import type { ChallengeEvent, ChallengeState } from '../challenge';
import { findProtocol, type Protocol } from '../protocols';
import type { MonitoringFacts } from './monitoring-facts';
import { inPeriod, type Period } from './period';

/**
 * The figures partnerships ask for (Darlington DSP 2024 section 7 and Appendix 1; LSCB 2019 "Reporting
 * professional challenge activity"): the areas of challenge, the stage at which they were resolved, how long
 * that took, the outcomes, and whether the professionals were satisfied. Each series is a list of labelled
 * counts, ready to chart (see barChartModel) and to read as a table.
 */

export interface MonitoringChallenge {
  events: readonly ChallengeEvent[];
  state: ChallengeState;
}

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

export interface ResolutionTimes {
  /** Resolved within the period and counted. */
  count: number;
  /** Working days from opening to resolution (London dates, the challenge's own nation). */
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  buckets: CountRow[];
}

export interface MonitoringFigures {
  period: Period;
  /** Challenges opened within the period. */
  raised: number;
  /** Of those raised: by area of disagreement, largest first. */
  byArea: CountRow[];
  /** Resolved within the period, by the stage they were resolved at. */
  byResolvedStage: CountRow[];
  /** Position at the end of the period: resolved or withdrawn within it, or still open then. */
  byOutcome: CountRow[];
  timeToResolution: ResolutionTimes;
  /** Resolved within the period: "Are the professionals involved satisfied with the outcome?" */
  satisfaction: CountRow[];
  /** Of those raised: how many reached the partnership's reporting threshold, and were reported. */
  thresholdReached: number;
  partnershipInformed: number;
}

export interface MonitoringOptions {
  /** Imported protocols, to label their areas (built-in protocols are always known). */
  protocols?: readonly Protocol[];
}

/** Working-day bands that line up with the fixed timeframes: Darlington Stage 1 is 1 day, Stage 2 is 3. */
const BANDS: readonly { key: string; label: string; upTo: number }[] = [
  { key: '0-1', label: '0–1 working days', upTo: 1 },
  { key: '2-3', label: '2–3 working days', upTo: 3 },
  { key: '4-5', label: '4–5 working days', upTo: 5 },
  { key: '6-10', label: '6–10 working days', upTo: 10 },
  { key: '11-20', label: '11–20 working days', upTo: 20 },
  { key: '21+', label: 'More than 20 working days', upTo: Number.POSITIVE_INFINITY },
];

const SATISFACTION = [
  { key: 'yes', label: 'Satisfied' },
  { key: 'partly', label: 'Partly satisfied' },
  { key: 'no', label: 'Not satisfied' },
] as const;

/** Working days from the day a challenge was opened to the day it was resolved (0 when the same day). */
export function workingDaysToResolution(
  state: Pick<MonitoringFacts, 'openedAt' | 'resolution' | 'nation'>,
): number | null {
  if (state.resolution === null) return null;
  const from = londonDate(new Date(state.openedAt));
  const to = londonDate(new Date(state.resolution.at));
  return workingDaysBetween(from, to, state.nation);
}

const median = (sorted: readonly number[]): number | null => {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

function count<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function areaRows(raised: readonly MonitoringFacts[], protocols: readonly Protocol[]): CountRow[] {
  const labelOf = (state: MonitoringFacts) =>
    findProtocol(state.protocolId, protocols)?.areasOfDisagreement.find(
      (area) => area.id === state.areaOfDisagreement,
    )?.label ?? state.areaOfDisagreement;
  // Two protocols may word one area id differently: the wording most of its challenges were raised
  // under wins (alphabetical on a tie), so the figures do not depend on the order challenges come in.
  const wordings = new Map<string, Map<string, number>>();
  for (const state of raised) {
    const counts = wordings.get(state.areaOfDisagreement) ?? new Map<string, number>();
    counts.set(labelOf(state), (counts.get(labelOf(state)) ?? 0) + 1);
    wordings.set(state.areaOfDisagreement, counts);
  }
  const labelFor = (key: string) =>
    [...(wordings.get(key) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? key;
  return [...count(raised, (state) => state.areaOfDisagreement)]
    .map(([key, total]) => ({ key, label: labelFor(key), count: total }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function stageRows(resolved: readonly MonitoringFacts[], protocols: readonly Protocol[]): CountRow[] {
  const ladder = Math.max(
    0,
    ...resolved.map((state) => findProtocol(state.protocolId, protocols)?.stages.length ?? 0),
    ...resolved.map((state) => state.resolution?.atStage ?? 0),
  );
  const counts = count(resolved, (state) => String(state.resolution?.atStage));
  return Array.from({ length: ladder }, (_, index) => ({
    key: `stage-${index + 1}`,
    label: `Stage ${index + 1}`,
    count: counts.get(String(index + 1)) ?? 0,
  }));
}

function resolutionTimes(resolved: readonly MonitoringFacts[]): ResolutionTimes {
  const days = resolved
    .map(workingDaysToResolution)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b);
  const band = (value: number) =>
    (BANDS.find((candidate) => value <= candidate.upTo) as (typeof BANDS)[number]).key;
  const counts = count(days, band);
  return {
    count: days.length,
    median: median(days),
    mean:
      days.length === 0
        ? null
        : Math.round((days.reduce((sum, value) => sum + value, 0) / days.length) * 10) / 10,
    min: days[0] ?? null,
    max: days.at(-1) ?? null,
    buckets: BANDS.map(({ key, label }) => ({ key, label, count: counts.get(key) ?? 0 })),
  };
}

/** When a challenge closed (resolved or withdrawn), or null while it is open. */
function closedAt(state: MonitoringFacts): string | null {
  return state.resolution?.at ?? state.withdrawal?.at ?? null;
}

export function monitoringFigures(
  challenges: readonly MonitoringChallenge[],
  period: Period,
  options: MonitoringOptions = {},
): MonitoringFigures {
  return figuresFromFacts(
    challenges.map((challenge) => challenge.state),
    period,
    options,
  );
}

/**
 * The same figures from each challenge's facts alone (monitoringFactsOf): what the background counts a
 * whole store with, reading each history once and keeping no state.
 */
export function figuresFromFacts(
  states: readonly MonitoringFacts[],
  period: Period,
  options: MonitoringOptions = {},
): MonitoringFigures {
  const protocols = options.protocols ?? [];
  const raised = states.filter((state) => inPeriod(period, state.openedAt));
  const resolved = states.filter(
    (state) => state.resolution !== null && inPeriod(period, state.resolution.at),
  );
  const withdrawn = states.filter(
    (state) => state.withdrawal !== null && inPeriod(period, state.withdrawal.at),
  );
  const openAtEnd = states.filter((state) => {
    const closed = closedAt(state);
    return (
      londonDate(new Date(state.openedAt)) <= period.end &&
      (closed === null || londonDate(new Date(closed)) > period.end)
    );
  });
  const satisfaction = count(resolved, (state) => state.resolution?.professionalsSatisfied ?? '');
  return {
    period,
    raised: raised.length,
    byArea: areaRows(raised, protocols),
    byResolvedStage: stageRows(resolved, protocols),
    byOutcome: [
      { key: 'resolved', label: 'Resolved', count: resolved.length },
      { key: 'withdrawn', label: 'Withdrawn', count: withdrawn.length },
      { key: 'open', label: 'Still open at the end of the period', count: openAtEnd.length },
    ],
    timeToResolution: resolutionTimes(resolved),
    satisfaction: SATISFACTION.map(({ key, label }) => ({ key, label, count: satisfaction.get(key) ?? 0 })),
    thresholdReached: raised.filter((state) => state.thresholdReached).length,
    partnershipInformed: raised.filter((state) => state.partnershipInformed).length,
  };
}
