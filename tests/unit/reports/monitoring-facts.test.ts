import { describe, expect, test } from 'vitest';
import {
  figuresFromFacts,
  mayCountIn,
  monitoringFactsOf,
  monitoringFigures,
  periodFor,
  type MonitoringFacts,
} from '../../../lib/reports';
import { allQuarterChallenges } from './monitoring-fixtures';

const periods = [
  periodFor('quarter', '2025-05-01'),
  periodFor('quarter', '2025-02-01'),
  periodFor('half-year', '2025-05-01'),
  periodFor('year', '2025-05-01'),
];

describe('figuresFromFacts', () => {
  test.each(periods.map((period) => [period.label, period] as const))(
    'gives monitoringFigures’ figures from the facts alone: %s',
    (_label, period) => {
      const facts = allQuarterChallenges.map((challenge) => monitoringFactsOf(challenge.state));
      expect(figuresFromFacts(facts, period)).toEqual(monitoringFigures(allQuarterChallenges, period));
    },
  );

  test('the facts hold no names, quotes or free text', () => {
    const facts = monitoringFactsOf(allQuarterChallenges[0]!.state);
    expect(Object.keys(facts).sort()).toEqual(
      [
        'areaOfDisagreement',
        'nation',
        'openedAt',
        'partnershipInformed',
        'protocolId',
        'resolution',
        'thresholdReached',
        'withdrawal',
      ].sort(),
    );
    expect(JSON.stringify(facts)).not.toMatch(/Priya|Ortiz|bruis/);
  });

  test('an area two protocols word differently takes the wording most were raised under, in any order', () => {
    const raised = (protocolId: string, day: string): MonitoringFacts => ({
      openedAt: `${day}T09:00:00Z`,
      protocolId,
      areaOfDisagreement: 'roles-and-responsibilities',
      nation: 'england-and-wales',
      thresholdReached: false,
      partnershipInformed: false,
      resolution: null,
      withdrawal: null,
    });
    const facts = [
      raised('pan-sussex-2025', '2025-05-01'),
      raised('darlington-dsp-2024', '2025-05-02'),
      raised('pan-sussex-2025', '2025-05-03'),
    ];
    const q1 = periods[0]!;
    const label = (list: MonitoringFacts[]) => figuresFromFacts(list, q1).byArea[0]?.label;
    expect(label(facts)).toBe('Roles and responsibilities of workers');
    expect(label([...facts].reverse())).toBe('Roles and responsibilities of workers');
    // A tie is broken alphabetically, whatever the order.
    expect(label(facts.slice(0, 2))).toBe('Roles and responsibilities of practitioners');
    expect(label(facts.slice(0, 2).reverse())).toBe('Roles and responsibilities of practitioners');
  });
});

describe('mayCountIn', () => {
  const q1 = periods[0]!; // 1 April – 30 June 2025
  test.each([
    [
      'open, opened before the period',
      { status: 'open', openedAt: '2024-01-10T09:00:00Z', lastChangeAt: '2024-01-10T09:00:00Z' },
      true,
    ],
    [
      'opened on the last day (London date)',
      { status: 'open', openedAt: '2025-06-30T22:30:00Z', lastChangeAt: '2025-06-30T22:30:00Z' },
      true,
    ],
    [
      'opened after the period (London date)',
      { status: 'open', openedAt: '2025-06-30T23:30:00Z', lastChangeAt: '2025-06-30T23:30:00Z' },
      false,
    ],
    [
      'closed before the period began',
      { status: 'resolved', openedAt: '2025-01-10T09:00:00Z', lastChangeAt: '2025-03-31T09:00:00Z' },
      false,
    ],
    [
      'closed on its first day',
      { status: 'withdrawn', openedAt: '2025-01-10T09:00:00Z', lastChangeAt: '2025-03-31T23:30:00Z' },
      true,
    ],
  ] as const)('%s', (_name, summary, expected) => {
    expect(mayCountIn(summary, q1)).toBe(expected);
  });
});
