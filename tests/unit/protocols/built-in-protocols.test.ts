import { describe, expect, test } from 'vitest';

import {
  builtInProtocols,
  findProtocol,
  parseProtocolFile,
  protocolSchema,
  stageOf,
  type Protocol,
  type Timeframe,
} from '../../../lib/protocols';

function builtIn(id: string): Protocol {
  const protocol = builtInProtocols.find((p) => p.id === id);
  if (!protocol) throw new Error(`no built-in protocol ${id}`);
  return protocol;
}

describe('built-in protocols', () => {
  test('are the three protocols from the sources, in a stable order', () => {
    expect(builtInProtocols.map((p) => p.id)).toEqual([
      'darlington-dsp-2024',
      'pan-sussex-2025',
      'lscb-2019',
    ]);
  });

  test.each(builtInProtocols.map((p) => [p.id, p] as const))(
    '%s parses with the protocol schema',
    (_id, p) => {
      const result = protocolSchema.safeParse(p);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    },
  );

  test.each(builtInProtocols.map((p) => [p.id, p] as const))(
    '%s survives the import route as a JSON file under another id',
    (_id, p) => {
      const result = parseProtocolFile(JSON.stringify({ ...p, id: `${p.id}-copy` }));
      expect(result).toEqual({ ok: true, protocol: { ...p, id: `${p.id}-copy` } });
    },
  );

  test.each([
    ['darlington-dsp-2024', 5, 5, 5],
    ['pan-sussex-2025', 6, 5, 0],
    ['lscb-2019', 5, 3, 6],
  ])(
    '%s has %i stages, reports to the partnership from Stage %i, and asks %i questions',
    (id, stages, threshold, questions) => {
      const p = builtIn(id);
      expect(p.stages).toHaveLength(stages);
      expect(p.stages.map((s) => s.number)).toEqual(Array.from({ length: stages }, (_, i) => i + 1));
      expect(p.reportingThresholdStage).toBe(threshold);
      expect(p.reportingQuestions).toHaveLength(questions);
    },
  );

  test('every stage says what to do', () => {
    for (const p of builtInProtocols) {
      for (const stage of p.stages)
        expect(stage.guidance.length, `${p.id} stage ${stage.number}`).toBeGreaterThan(0);
    }
  });
});

describe('Darlington DSP 2024', () => {
  const p = builtIn('darlington-dsp-2024');

  test('covers children and adults at risk', () => {
    expect(p.covers).toEqual(['children', 'adults-at-risk']);
  });

  test('stage timeframes: 1 and 3 working days, none, as soon as possible, none', () => {
    const expected: Timeframe[] = [
      { kind: 'working-days', days: 1 },
      { kind: 'working-days', days: 3 },
      { kind: 'none' },
      { kind: 'as-soon-as-possible' },
      { kind: 'none' },
    ];
    expect(p.stages.map((s) => s.timeframe)).toEqual(expected);
  });

  test('Stage 3 sends the Recording Tool to the Business Unit, whose address is the report address', () => {
    expect(p.reportTo).toEqual({ name: 'DSP Business Unit', email: 'DSP@darlington.gov.uk' });
    expect(stageOf(p, 3)?.notify).toEqual(['DSP Business Unit (DSP@darlington.gov.uk)']);
    expect(stageOf(p, 3)?.recordOrSend.join(' ')).toContain('Recording Tool');
    expect(p.recordingTool?.usedAtStage).toBe(3);
  });

  test('asks the five Stage 5 questions', () => {
    expect(p.reportingQuestions).toEqual([
      'What was the challenge?',
      'What was done to address the challenge?',
      'What was the outcome of these actions?',
      'How was the issue resolved?',
      'Are the professionals involved satisfied with the outcome?',
    ]);
  });

  test('has the child protection conference and adult strategy meeting routes', () => {
    expect(p.specialRoutes.map((r) => r.appliesWhen)).toEqual([
      'child-protection-conference',
      'adult-strategy-meeting',
    ]);
  });

  test('carries the "at no time" rule and does not license skipping stages', () => {
    expect(p.immediateRisk?.message).toBe(
      'At no time must professional disagreement detract from ensuring that a child or an adult at risk is safeguarded.',
    );
    expect(p.immediateRisk?.stagesMayBeSkipped).toBe(false);
  });

  test('lists the twelve areas of disagreement of section 1.4', () => {
    expect(p.areasOfDisagreement).toHaveLength(12);
    expect(p.areasOfDisagreement[1]).toEqual({
      id: 'threshold-decisions',
      label: 'Perceived levels of risk - threshold decisions',
    });
  });
});

describe('Pan-Sussex 2025', () => {
  const p = builtIn('pan-sussex-2025');

  test('leaves the timeframe of every stage to the person escalating', () => {
    expect(p.stages.every((s) => s.timeframe.kind === 'set-by-escalator')).toBe(true);
  });

  test('lets a practitioner start at a later stage when a child is at risk of immediate harm', () => {
    expect(p.immediateRisk?.stagesMayBeSkipped).toBe(true);
    expect(p.immediateRisk?.guidance.join(' ')).toContain('immediate harm');
  });

  test('has the three child protection dissent routes', () => {
    expect(p.specialRoutes.map((r) => r.title)).toEqual([
      'Dissent with decision to call a Child Protection Conference',
      'Professional Dissent at a Child Protection Conference',
      'Dissent regarding the implementation of the Child Protection Plan',
    ]);
  });

  test('ends with the Secretary of State', () => {
    expect(stageOf(p, 6)?.title).toBe('Escalation to the Secretary of State');
    expect(p.covers).toEqual(['children']);
  });
});

describe('LSCB policy 2019', () => {
  const p = builtIn('lscb-2019');

  test('gives no timeframe at any stage', () => {
    expect(p.stages.every((s) => s.timeframe.kind === 'none')).toBe(true);
  });

  test('reports six-monthly from Stage 3, where Business Support is notified', () => {
    expect(p.reportingCadence).toBe('six-monthly');
    expect(stageOf(p, 3)?.notify.join(' ')).toContain('LSCB Business Support Team');
    expect(p.reportingQuestions.at(-1)).toBe(
      'If resolution could not be achieved was the issue referred to the LSCB?',
    );
  });

  test('routes a child in care to the Independent Reviewing Officer', () => {
    expect(p.specialRoutes).toHaveLength(1);
    expect(p.specialRoutes[0]?.appliesWhen).toBe('child-in-care');
    expect(p.specialRoutes[0]?.guidance.join(' ')).toContain('Independent Reviewing Officer');
  });

  test('encodes no immediate-risk rule, because the policy has none', () => {
    expect(p.immediateRisk).toBeUndefined();
  });
});

describe('findProtocol and stageOf', () => {
  const imported = { ...builtIn('lscb-2019'), id: 'my-partnership-2025', name: 'Mine' };

  test.each([
    ['darlington-dsp-2024', 'darlington-dsp-2024'],
    ['pan-sussex-2025', 'pan-sussex-2025'],
    ['my-partnership-2025', 'my-partnership-2025'],
    ['nope', undefined],
    ['', undefined],
  ])('finds %s among built-in and imported protocols', (id, expected) => {
    expect(findProtocol(id, [imported])?.id).toBe(expected);
  });

  test('does not find an imported protocol unless it is passed in', () => {
    expect(findProtocol('my-partnership-2025')).toBeUndefined();
  });

  test('prefers the built-in protocol when an imported one has the same id', () => {
    const impostor = { ...builtIn('lscb-2019'), id: 'darlington-dsp-2024' };
    expect(findProtocol('darlington-dsp-2024', [impostor])).toBe(builtIn('darlington-dsp-2024'));
  });

  test.each([
    [1, 'Practitioner to decision-maker'],
    [5, 'Statutory Safeguarding Partners / Independent Scrutineer'],
    [0, undefined],
    [6, undefined],
    [2.5, undefined],
  ])('Darlington stage %s is %s', (n, title) => {
    expect(stageOf(builtIn('darlington-dsp-2024'), n)?.title).toBe(title);
  });
});
