import { describe, expect, test } from 'vitest';

import {
  builtInProtocols,
  formatIssues,
  recordingToolSchema,
  type RecordingTool,
} from '../../../lib/protocols';

const tool = builtInProtocols.find((p) => p.id === 'darlington-dsp-2024')?.recordingTool as RecordingTool;

describe("Darlington's Appendix 1 Recording Tool", () => {
  test('has every box of the form, in order, with the label, kind and row the form gives it', () => {
    expect(tool.fields.map((f) => [f.id, f.group ?? null, f.label, f.kind, f.section])).toEqual([
      ['date-challenge-raised', null, 'Date Challenge raised:', 'date', 'challenge'],
      ['initiated-by-name', 'Challenge initiated by:', 'Name:', 'text', 'challenge'],
      ['initiated-by-job-role', 'Challenge initiated by:', 'Job Role:', 'text', 'challenge'],
      ['initiated-by-organisation', 'Challenge initiated by:', 'Organisation:', 'text', 'challenge'],
      ['raised-with-name', 'Who issue raised with and organisation:', 'Name:', 'text', 'challenge'],
      ['raised-with-job-role', 'Who issue raised with and organisation:', 'Job Role:', 'text', 'challenge'],
      [
        'raised-with-organisation',
        'Who issue raised with and organisation:',
        'Organisation:',
        'text',
        'challenge',
      ],
      ['area-of-disagreement', null, 'What is the area of disagreement:', 'multiline', 'challenge'],
      ['monitoring-activity', null, 'Details of any Monitoring Activity:', 'multiline', 'challenge'],
      [
        'barriers-to-resolution',
        null,
        'What do you see as the barriers towards reaching a resolution?',
        'multiline',
        'challenge',
      ],
      [
        'manager-agreement-name',
        'Manager agreement to hold interagency meeting and who to invite:',
        'Manager Agreement (Name):',
        'text',
        'challenge',
      ],
      [
        'manager-agreement-date',
        'Manager agreement to hold interagency meeting and who to invite:',
        'Date:',
        'date',
        'challenge',
      ],
      [
        'agencies-to-invite',
        'Manager agreement to hold interagency meeting and who to invite:',
        'Agencies to invite:',
        'multiline',
        'challenge',
      ],
      [
        'meeting-held-and-outcome',
        null,
        'Date meeting held and details of discussion and agreed outcome/actions – record details of any outstanding issues:',
        'multiline',
        'challenge',
      ],
      [
        'date-resolved-or-next-steps',
        null,
        'Date Resolved or if not resolved, next steps (i.e. escalated to Head of Service – Level 4):',
        'multiline',
        'challenge',
      ],
      [
        'business-unit-id-number',
        'Individual ID Number – All cases to be entered on Professional Challenge Log for recording purposes',
        'ID Number:',
        'text',
        'business-unit',
      ],
      [
        'business-unit-date-recorded',
        'Individual ID Number – All cases to be entered on Professional Challenge Log for recording purposes',
        'Date recorded:',
        'date',
        'business-unit',
      ],
      [
        'stage-resolved',
        null,
        'Details of the stage of the process this issue was resolved – i.e. Stage 3,4 or 5',
        'choice',
        'business-unit',
      ],
    ]);
  });

  test('keeps the form hint on the monitoring box and the Stage 3–5 choices', () => {
    expect(tool.fields.find((f) => f.id === 'monitoring-activity')?.hint).toBe(
      '(including details of attempts to resolve at Level 1 and 2 of Procedure) i.e. recording of discussions, meetings, or email exchange and with whom)',
    );
    expect(tool.fields.find((f) => f.id === 'stage-resolved')?.options).toEqual([
      'Stage 3',
      'Stage 4',
      'Stage 5',
    ]);
  });

  test('separates what the practitioner fills in from what only the Business Unit completes', () => {
    expect(tool.sections.map((s) => [s.id, s.completedBy])).toEqual([
      ['challenge', 'practitioner'],
      ['business-unit', 'partnership'],
    ]);
    expect(tool.sections[1]?.title).toBe('To be completed by DSP Business Unit only:');
  });

  test('is used at Stage 3 and sent to the Business Unit', () => {
    expect(tool.usedAtStage).toBe(3);
    expect(tool.note).toBe(
      'NOTE: Only to be used at Stage 3 of Procedure, after attempts to resolve at Stage 1 & 2 have been exhausted.',
    );
    expect(tool.sendTo).toEqual({ name: 'DSP Business Unit', email: 'DSP@darlington.gov.uk' });
  });
});

describe('recording tool schema', () => {
  const base = (): Record<string, unknown> & { fields: Record<string, unknown>[] } => structuredClone(tool);

  function errorsOf(input: unknown): string[] {
    const result = recordingToolSchema.safeParse(input, { reportInput: true });
    return result.success ? [] : formatIssues(result.error.issues);
  }

  test.each<[string, (t: ReturnType<typeof base>) => void, string]>([
    [
      'a field in a section that does not exist',
      (t) => (t.fields[0]!.section = 'nowhere'),
      'fields[0].section: must be the id of one of the sections (got "nowhere")',
    ],
    [
      'two fields with one id',
      (t) => (t.fields[3]!.id = 'initiated-by-name'),
      'fields[3].id: duplicate id "initiated-by-name" (already used by fields[1])',
    ],
    [
      'a choice without options',
      (t) => delete t.fields[17]!.options,
      'fields[17].options: a choice field needs at least two options',
    ],
    [
      'options on a text field',
      (t) => (t.fields[0]!.options = ['a', 'b']),
      'fields[0].options: only a choice field has options (this field is "date")',
    ],
    [
      'an unknown kind of field',
      (t) => (t.fields[2]!.kind = 'signature'),
      'fields[2].kind: must be one of "text", "multiline", "date", "choice" (got "signature")',
    ],
    ['no fields', (t) => (t.fields = []), 'fields: must have at least one field (got an empty list)'],
  ])('rejects %s', (_name, mutate, expected) => {
    const t = base();
    mutate(t);
    expect(errorsOf(t)).toContain(expected);
  });

  test('accepts the Darlington tool as it is', () => {
    expect(errorsOf(base())).toEqual([]);
  });
});
