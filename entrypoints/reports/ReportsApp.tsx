import { useEffect, useMemo, useState } from 'preact/hooks';
import { CheckboxField, SelectField } from '@/components/Field';
import { downloadText } from '@/components/drafts/file-download';
import type { Protocol } from '@/lib/protocols';
import { sendMessage } from '@/lib/messaging/send';
import {
  icsForChallenges,
  monitoringCsv,
  PERIOD_KINDS,
  type MonitoringFigures,
  type PeriodKind,
} from '@/lib/reports';
import { BarChart } from './BarChart';
import { challengesForPeriod, openChallenges } from './load-challenges';
import { recentPeriods } from './period-choice';

const KIND_LABELS: Record<PeriodKind, string> = {
  quarter: 'Quarter',
  'half-year': 'Half-year',
  year: 'Year',
};

/** Monitoring figures for a reporting period (Darlington DSP 2024 section 7; LSCB 2019 six-monthly reporting). */
export function ReportsApp() {
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const periods = useMemo(() => recentPeriods(kind, new Date()), [kind]);
  const [periodIndex, setPeriodIndex] = useState(0);
  const period = periods[periodIndex] ?? periods[0]!;
  const [protocols, setProtocols] = useState<Protocol[]>([]);
  const [figures, setFigures] = useState<MonitoringFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [includeNames, setIncludeNames] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void sendMessage('protocols/list', {}).then((reply) => {
      if (reply.ok) setProtocols(reply.value.protocols);
    });
  }, []);
  useEffect(() => {
    // Counted in the background in one pass over the store: no history crosses a message for the figures.
    setFigures(null);
    void sendMessage('reports/figures', { period }).then((reply) => {
      if (!reply.ok) setError(reply.error.message);
      else {
        setError(null);
        setFigures(reply.value.figures);
      }
    });
  }, [period.start, period.end]); // eslint-disable-line react-hooks/exhaustive-deps

  const times = figures?.timeToResolution;

  async function downloadCsv() {
    // The log has a row per challenge with its names and counts, so it reads the histories, but only
    // when asked for.
    setStatus('Reading the challenges…');
    const challenges = await challengesForPeriod(period);
    if (typeof challenges === 'string') {
      setStatus(`The CSV was not made: ${challenges}`);
      return;
    }
    const text = monitoringCsv(challenges, { includeNames, protocols });
    downloadText(`challenge-log-${period.start}-to-${period.end}.csv`, text, 'text/csv;charset=utf-8');
    setStatus(`Saved the log of ${challenges.length} challenges${includeNames ? ', with names' : ''}.`);
  }

  async function downloadCalendar() {
    setStatus('Reading open challenges…');
    const open = await openChallenges();
    if (typeof open === 'string') {
      setStatus(`The calendar file was not made: ${open}`);
      return;
    }
    downloadText('challenge-deadlines.ics', icsForChallenges(open, { now: new Date() }), 'text/calendar');
    setStatus(
      `Saved the deadlines of ${open.filter((item) => item.state.deadline !== null).length} open challenges.`,
    );
  }

  return (
    <main class="page reports" aria-labelledby="reports-title">
      <h1 id="reports-title">Monitoring figures</h1>
      <p class="hint">
        Counted from the challenges recorded in this browser. Nothing leaves it unless you save a file.
      </p>
      <form
        class="reports__period"
        aria-label="Reporting period"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          id="period-kind"
          label="Period"
          value={kind}
          options={PERIOD_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
          onChange={(value) => {
            setKind(value as PeriodKind);
            setPeriodIndex(0);
          }}
        />
        <SelectField
          id="period-which"
          label="Which"
          value={String(periodIndex)}
          options={periods.map((candidate, index) => ({ value: String(index), label: candidate.label }))}
          onChange={(value) => setPeriodIndex(Number(value))}
        />
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!figures && !error && <p aria-live="polite">Counting the challenges…</p>}
      {figures && times && (
        <>
          <h2>{period.label}</h2>
          <dl class="facts" data-testid="headline-figures">
            <dt>Raised</dt>
            <dd>{figures.raised}</dd>
            <dt>Reached the partnership’s threshold</dt>
            <dd>{figures.thresholdReached}</dd>
            <dt>Partnership informed</dt>
            <dd>{figures.partnershipInformed}</dd>
            <dt>Resolved</dt>
            <dd>{times.count}</dd>
            <dt>Working days to resolution</dt>
            <dd>
              {times.count === 0
                ? 'none resolved'
                : `median ${times.median}, mean ${times.mean}, shortest ${times.min}, longest ${times.max}`}
            </dd>
          </dl>
          <BarChart
            id="chart-area"
            title="Challenges raised, by area of disagreement"
            series={figures.byArea}
          />
          <BarChart id="chart-stage" title="Stage at which resolved" series={figures.byResolvedStage} />
          <BarChart id="chart-outcome" title="Outcome at the end of the period" series={figures.byOutcome} />
          <BarChart id="chart-time" title="Working days to resolution" series={times.buckets} />
          <BarChart
            id="chart-satisfaction"
            title="Are the professionals satisfied?"
            series={figures.satisfaction}
          />
          <section aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">Files</h2>
            <CheckboxField
              id="csv-names"
              label="Include names and written outcomes in the CSV (they may identify people: send only securely)"
              checked={includeNames}
              onChange={setIncludeNames}
            />
            <button type="button" class="button" onClick={() => void downloadCsv()}>
              Download CSV
            </button>
            <button type="button" class="button button--secondary" onClick={() => void downloadCalendar()}>
              Download calendar (.ics) of open deadlines
            </button>
            <p role="status">{status}</p>
          </section>
        </>
      )}
    </main>
  );
}
