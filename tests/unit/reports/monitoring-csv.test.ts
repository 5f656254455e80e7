import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvRecord, LOG_COLUMNS, monitoringCsv, NAMED_COLUMNS } from '../../../lib/reports';
import { build, builtIn, opened, step } from '../drafts/draft-fixtures';
import { allQuarterChallenges, quarterChallenges } from './monitoring-fixtures';

type Row = Record<string, string>;
const read = (csv: string): Row[] => parse(csv, { bom: true, columns: true, skip_empty_lines: false });

describe('the Business Unit’s log, read back by csv-parse', () => {
  const csv = monitoringCsv(allQuarterChallenges);
  const rows = read(csv);

  test('RFC 4180 shape: a BOM for Excel, CRLF after every record, one row per challenge, oldest first', () => {
    expect(csv.startsWith('\uFEFFchallenge_id,case_reference,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/(?<!\r)\n/);
    expect(rows.map((row) => row.case_reference)).toEqual(['E-5', 'A-1', 'B-2', 'C-3', 'H-8', 'D-4', 'F-6']);
  });

  test('the documented columns, and no names or free text by default', () => {
    expect(Object.keys(rows[0] as Row)).toEqual(LOG_COLUMNS.map((column) => column.name));
    expect(csv).not.toMatch(/Priya|Shah|Sam|Ortiz|strategy discussion was held/);
  });

  test.each<[string, Row]>([
    [
      'B-2',
      {
        protocol_id: 'darlington-dsp-2024',
        protocol_version: 'DSP2 (V2)',
        subject: 'child',
        child_in_care: 'no',
        immediate_risk: 'no',
        area_of_disagreement: 'threshold-decisions',
        area_label: 'Perceived levels of risk - threshold decisions',
        opened_date: '2025-05-01',
        starting_stage: '1',
        current_stage: '3',
        highest_stage: '3',
        status: 'resolved',
        resolved_date: '2025-05-12',
        resolved_at_stage: '3',
        working_days_to_resolution: '6',
        professionals_satisfied: 'partly',
        referred_to_partnership: '',
        threshold_reached: 'no',
        threshold_reached_date: '',
        partnership_informed_date: '',
        withdrawn_date: '',
        contacts_logged: '0',
        meetings_held: '1',
        practitioner_role: 'Health visitor',
        practitioner_agency: 'Community NHS Trust',
        decision_maker_role: 'Social worker',
        decision_maker_agency: 'Children’s Social Care',
      },
    ],
    [
      'C-3',
      {
        protocol_id: 'lscb-2019',
        status: 'withdrawn',
        highest_stage: '3',
        threshold_reached: 'yes',
        threshold_reached_date: '2025-06-11',
        partnership_informed_date: '2025-06-11',
        withdrawn_date: '2025-06-12',
        resolved_date: '',
        working_days_to_resolution: '',
      },
    ],
    [
      'D-4',
      {
        protocol_id: 'pan-sussex-2025',
        status: 'open',
        current_stage: '2',
        area_label: 'Outcomes of assessments',
      },
    ],
  ])('row %s', (caseReference, expected) => {
    expect(rows.find((row) => row.case_reference === caseReference)).toMatchObject(expected);
  });

  test('with names: the practitioner, the decision-maker and the written outcome are added', () => {
    const named = read(monitoringCsv([quarterChallenges.resolvedAtStageOne!], { includeNames: true }));
    expect(Object.keys(named[0] as Row)).toEqual(
      [...LOG_COLUMNS, ...NAMED_COLUMNS].map((column) => column.name),
    );
    expect(named[0]).toMatchObject({
      practitioner_name: 'Priya Shah',
      decision_maker_name: 'Sam Ortiz',
      outcome: 'A strategy discussion was held and a section 47 enquiry started.',
    });
  });

  test('an empty log is just the header', () => {
    expect(monitoringCsv([])).toBe(`\uFEFF${LOG_COLUMNS.map((column) => column.name).join(',')}\r\n`);
  });
});

describe('hostile values stay values', () => {
  const protocol = builtIn('lscb-2019');
  const hostile = build(
    protocol,
    [
      [
        opened(protocol, {
          caseReference: '=HYPERLINK("http://evil.example","x")',
          decisionMaker: { name: '@SUM(A1:A9)', role: '+cmd|/c calc', agency: 'Team "A", North\r\nLine two' },
          practitioner: { name: '-2+3', role: '\tTabbed', agency: 'Agency, with comma' },
        }),
        '2025-05-01T08:30:00Z',
      ],
      [step.resolve(1, { outcome: '=1+1\nthen "quoted", done' }), '2025-05-02T09:00:00Z'],
    ],
    '2025-05-03T09:00:00Z',
    9,
  );
  const [row] = read(monitoringCsv([hostile], { includeNames: true }));

  test.each<[string, string]>([
    ['case_reference', `'=HYPERLINK("http://evil.example","x")`],
    ['decision_maker_name', "'@SUM(A1:A9)"],
    ['decision_maker_role', "'+cmd|/c calc"],
    ['decision_maker_agency', 'Team "A", North\r\nLine two'],
    ['practitioner_name', "'-2+3"],
    ['practitioner_role', "'\tTabbed"],
    ['practitioner_agency', 'Agency, with comma'],
    ['outcome', `'=1+1\nthen "quoted", done`],
  ])('%s', (column, expected) => {
    expect(row?.[column]).toBe(expected);
  });

  test('any record of text cells reads back as the same cells (formula starts prefixed)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 8 }), (cells) => {
        const [parsed] = parse(csvRecord(cells), { relax_column_count: false }) as string[][];
        expect(parsed).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
      }),
    );
  });
});
