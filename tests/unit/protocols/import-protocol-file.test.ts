import { describe, expect, test } from 'vitest';

import { MAX_PROTOCOL_FILE_CHARS, parseProtocolFile, type ProtocolFileResult } from '../../../lib/protocols';
import { readProtocolFixture, validCustomProtocol } from './protocol-fixtures';

type Fixture = ReturnType<typeof validCustomProtocol>;

function errorsOf(result: ProtocolFileResult): string[] {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('importing a valid partnership protocol', () => {
  test('accepts the example file as text, and returns it as parsed data', () => {
    const result = parseProtocolFile(readProtocolFixture('valid-custom.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.protocol.id).toBe('northshire-escalation-2025');
    expect(result.protocol.stages.map((s) => s.timeframe.kind)).toEqual([
      'working-days',
      'working-days',
      'as-soon-as-possible',
      'none',
    ]);
    expect(result.protocol.reportingThresholdStage).toBe(3);
    expect(result.protocol.recordingTool?.fields).toHaveLength(4);
  });

  test('accepts the same file already parsed as JSON', () => {
    expect(parseProtocolFile(validCustomProtocol())).toEqual(
      parseProtocolFile(readProtocolFixture('valid-custom.json')),
    );
  });

  test('trims stray spaces around text', () => {
    const p = validCustomProtocol();
    p.name = '  Escalation Protocol \n';
    const result = parseProtocolFile(p);
    expect(result.ok && result.protocol.name).toBe('Escalation Protocol');
  });

  test('accepts a minimal protocol without any optional part', () => {
    const p = validCustomProtocol();
    for (const key of [
      'reviewDate',
      'principles',
      'reportingBy',
      'reportingCadence',
      'immediateRisk',
      'recordingTool',
    ]) {
      delete p[key];
    }
    p.specialRoutes = [];
    p.reportingQuestions = [];
    expect(parseProtocolFile(p).ok).toBe(true);
  });
});

describe('rejecting an invalid file, whole, naming the field and the problem', () => {
  test.each<[string, (p: Fixture) => void, string]>([
    ['a missing name', (p) => delete p.name, 'name: is required'],
    ['a missing timeframe', (p) => delete p.stages[1]!.timeframe, 'stages[1].timeframe: is required'],
    [
      'negative working days',
      (p) => (p.stages[1]!.timeframe = { kind: 'working-days', days: -1 }),
      'stages[1].timeframe.days: must be a whole number of working days from 1 to 260 (got -1)',
    ],
    [
      'fractional working days',
      (p) => (p.stages[0]!.timeframe = { kind: 'working-days', days: 1.5 }),
      'stages[0].timeframe.days: must be a whole number of working days from 1 to 260 (got 1.5)',
    ],
    [
      'working days as text',
      (p) => (p.stages[0]!.timeframe = { kind: 'working-days', days: '3' }),
      'stages[0].timeframe.days: must be a whole number of working days from 1 to 260 (got "3")',
    ],
    [
      'a year and more of working days',
      (p) => (p.stages[0]!.timeframe = { kind: 'working-days', days: 261 }),
      'stages[0].timeframe.days: must be a whole number of working days from 1 to 260 (got 261)',
    ],
    [
      'working days without days',
      (p) => (p.stages[0]!.timeframe = { kind: 'working-days' }),
      'stages[0].timeframe.days: is required',
    ],
    [
      'an unknown kind of timeframe',
      (p) => (p.stages[2]!.timeframe = { kind: 'weeks', weeks: 2 }),
      'stages[2].timeframe.kind: must be one of "working-days", "set-by-escalator", "as-soon-as-possible", "none" (got "weeks")',
    ],
    [
      'days on a timeframe that has none',
      (p) => (p.stages[3]!.timeframe = { kind: 'none', days: 2 }),
      'stages[3].timeframe.days: is not a recognised field (check the spelling)',
    ],
    [
      'a timeframe that is a number',
      (p) => (p.stages[0]!.timeframe = 5),
      'stages[0].timeframe: must be an object (got 5)',
    ],
    [
      'a duplicate area id',
      (p) => (p.areasOfDisagreement[2]!.id = 'threshold-decisions'),
      'areasOfDisagreement[2].id: duplicate id "threshold-decisions" (already used by areasOfDisagreement[0])',
    ],
    [
      'a duplicate special route id',
      (p) => p.specialRoutes.push({ ...p.specialRoutes[0]! }),
      'specialRoutes[1].id: duplicate id "child-in-care" (already used by specialRoutes[0])',
    ],
    [
      'stages numbered 1, 2, 4, 5',
      (p) => {
        p.stages[2]!.number = 4;
        p.stages[3]!.number = 5;
      },
      'stages[2].number: must be 3: stages are numbered 1, 2, 3… in order (got 4)',
    ],
    [
      'stages out of order',
      (p) => p.stages.reverse(),
      'stages[0].number: must be 1: stages are numbered 1, 2, 3… in order (got 4)',
    ],
    [
      'a threshold beyond the last stage',
      (p) => (p.reportingThresholdStage = 9),
      'reportingThresholdStage: must be the number of one of the stages, 1 to 4 (got 9)',
    ],
    [
      'a threshold of 0',
      (p) => (p.reportingThresholdStage = 0),
      'reportingThresholdStage: must be the number of one of the stages, 1 to 4 (got 0)',
    ],
    [
      'a fractional threshold',
      (p) => (p.reportingThresholdStage = 2.5),
      'reportingThresholdStage: must be a whole stage number (got 2.5)',
    ],
    [
      'a recording tool used at a stage that does not exist',
      (p) => (p.recordingTool.usedAtStage = 7),
      'recordingTool.usedAtStage: must be the number of one of the stages, 1 to 4 (got 7)',
    ],
    ['a name that is a number', (p) => (p.name = 42), 'name: must be text (got 42)'],
    ['an empty name', (p) => (p.name = '   '), 'name: must not be empty (got "")'],
    ['covers as one string', (p) => (p.covers = 'children'), 'covers: must be a list (got "children")'],
    [
      'covers nobody',
      (p) => (p.covers = []),
      'covers: must name at least one group: children, adults-at-risk (got an empty list)',
    ],
    [
      'covers an unknown group',
      (p) => (p.covers = ['pets']),
      'covers[0]: must be one of "children", "adults-at-risk" (got "pets")',
    ],
    [
      'covers children twice',
      (p) => (p.covers = ['children', 'children']),
      'covers[1]: duplicate entry "children" (already used by covers[0])',
    ],
    ['stages as an object', (p) => (p.stages = {} as never), 'stages: must be a list (got an object)'],
    ['no stages', (p) => (p.stages = []), 'stages: must have at least one stage (got an empty list)'],
    [
      'a question that is a number',
      (p) => ((p.reportingQuestions as unknown[])[1] = 1),
      'reportingQuestions[1]: must be text (got 1)',
    ],
    [
      'a misspelt field',
      (p) => (p.stages[0]!.timeFrame = p.stages[0]!.timeframe),
      'stages[0].timeFrame: is not a recognised field (check the spelling)',
    ],
    [
      'an id that is not a slug',
      (p) => (p.id = 'My Partnership'),
      'id: must be lower-case letters and digits joined by single hyphens, e.g. "my-partnership-2025" (got "My Partnership")',
    ],
    [
      'the id of a built-in protocol',
      (p) => (p.id = 'darlington-dsp-2024'),
      `id: "darlington-dsp-2024" belongs to a protocol built into the product; give your partnership's protocol its own id`,
    ],
    [
      'a date that does not exist',
      (p) => (p.date = '2025-02-30'),
      'date: must be a real calendar date (got "2025-02-30")',
    ],
    [
      'a date in British order',
      (p) => (p.date = '01/04/2025'),
      'date: must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY (got "01/04/2025")',
    ],
    [
      'a javascript: link',
      (p) => ((p.source as Record<string, unknown>).url = 'javascript:alert(1)'),
      'source.url: must be a full web address starting with https:// or http:// (got "javascript:alert(1)")',
    ],
    [
      'a report email that is not an email',
      (p) => ((p.reportTo as Record<string, unknown>).email = 'the business unit'),
      'reportTo.email: must be an email address, e.g. "team@example.gov.uk" (got "the business unit")',
    ],
    [
      'stagesMayBeSkipped as text',
      (p) => ((p.immediateRisk as Record<string, unknown>).stagesMayBeSkipped = 'yes'),
      'immediateRisk.stagesMayBeSkipped: must be true or false (got "yes")',
    ],
    [
      'an unknown special route situation',
      (p) => (p.specialRoutes[0]!.appliesWhen = 'court'),
      'specialRoutes[0].appliesWhen: must be one of "child-in-care", "child-protection-conference", "child-protection-plan", "adult-strategy-meeting", "immediate-risk", "other" (got "court")',
    ],
  ])('rejects %s', (_name, mutate, expected) => {
    const p = validCustomProtocol();
    mutate(p);
    const result = parseProtocolFile(p);
    expect(result).not.toHaveProperty('protocol');
    expect(errorsOf(result)).toContain(expected);
  });

  test('reports every problem at once, not only the first', () => {
    expect(errorsOf(parseProtocolFile(readProtocolFixture('invalid-several-problems.json')))).toEqual([
      'name: is required',
      'stages[1].timeframe.days: must be a whole number of working days from 1 to 260 (got -1)',
      'areasOfDisagreement[2].id: duplicate id "threshold-decisions" (already used by areasOfDisagreement[0])',
    ]);
  });

  test('reports the rules between fields together with those within lists', () => {
    const p = validCustomProtocol();
    p.stages[2]!.number = 4;
    p.reportingThresholdStage = 5;
    p.areasOfDisagreement[1]!.id = 'threshold-decisions';
    expect(errorsOf(parseProtocolFile(p))).toEqual([
      'stages[2].number: must be 3: stages are numbered 1, 2, 3… in order (got 4)',
      'areasOfDisagreement[1].id: duplicate id "threshold-decisions" (already used by areasOfDisagreement[0])',
      'reportingThresholdStage: must be the number of one of the stages, 1 to 4 (got 5)',
    ]);
  });

  test('rejects the invalid example file of non-consecutive stages', () => {
    expect(errorsOf(parseProtocolFile(readProtocolFixture('invalid-stage-numbers.json')))).toEqual([
      'stages[2].number: must be 3: stages are numbered 1, 2, 3… in order (got 4)',
    ]);
  });

  test.each<[string, unknown, RegExp]>([
    [
      'a file that is not JSON',
      readProtocolFixture('invalid-not-json.json'),
      /^file: is not valid JSON \(.+\)$/,
    ],
    ['an empty file', '', /^file: is not valid JSON \(.+\)$/],
    ['a JSON number', '42', /^file: must be a JSON object describing one protocol \(got 42\)$/],
    ['a JSON list', '[]', /^file: must be a JSON object describing one protocol \(got an empty list\)$/],
    ['null', null, /^file: must be a JSON object describing one protocol \(got null\)$/],
    ['nothing', undefined, /^file: must be a JSON object describing one protocol \(got undefined\)$/],
    ['a huge file', ' '.repeat(MAX_PROTOCOL_FILE_CHARS + 1), /^file: is too large for a protocol file/],
  ])('rejects %s', (_name, input, expected) => {
    const errors = errorsOf(parseProtocolFile(input));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });
});
