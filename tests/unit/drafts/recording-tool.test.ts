import { describe, expect, test } from 'vitest';
import { fillRecordingTool, PREFILLED_FIELD_IDS } from '../../../lib/drafts';
import { build, builtIn, climbedTo, opened, settingsFor, step } from './draft-fixtures';

const darlington = builtIn('darlington-dsp-2024');
const tool = darlington.recordingTool;
if (tool === undefined) throw new Error('Darlington has lost its Recording Tool');

const valuesOf = (entries: ReturnType<typeof fillRecordingTool>) =>
  Object.fromEntries(entries.map((entry) => [entry.fieldId, entry.value]));

describe('Darlington Appendix 1, pre-filled from the history', () => {
  const resolved = climbedTo('darlington-dsp-2024', 3, [[step.resolve(3), '2025-05-12T10:00:00Z']]);
  const entries = fillRecordingTool(darlington, resolved.events, resolved.state, settingsFor());

  test('every field of the form, in the form’s order, with its label, section and group', () => {
    expect(entries.map((entry) => entry.fieldId)).toEqual(tool.fields.map((field) => field.id));
    expect(entries.map((entry) => entry.label)).toEqual(tool.fields.map((field) => field.label));
    expect(entries.map((entry) => entry.section)).toEqual(tool.fields.map((field) => field.section));
    expect(entries.find((entry) => entry.fieldId === 'initiated-by-name')?.group).toBe(
      'Challenge initiated by:',
    );
    expect(entries.find((entry) => entry.fieldId === 'stage-resolved')?.options).toEqual([
      'Stage 3',
      'Stage 4',
      'Stage 5',
    ]);
  });

  test.each<[string, string | RegExp]>([
    ['date-challenge-raised', '1 May 2025'],
    ['initiated-by-name', 'Priya Shah'],
    ['initiated-by-job-role', 'Health visitor'],
    ['initiated-by-organisation', 'Community NHS Trust'],
    ['raised-with-name', 'Sam Ortiz'],
    ['raised-with-job-role', 'Social worker'],
    ['raised-with-organisation', 'Children’s Social Care'],
    ['area-of-disagreement', /^Response to a safeguarding concern\.\nDecision: “Decision: no further action/],
    [
      'monitoring-activity',
      /^Phone call with Sam Ortiz .* on 1 May 2025\..*\nAgreed action: Review the closure decision – Sam Ortiz – by Friday 2 May 2025\nEscalated to Stage 2 \(Line manager to line manager\) on 2 May 2025/,
    ],
    ['barriers-to-resolution', 'Differing readings of the threshold document.'],
    ['manager-agreement-name', 'Alex Reid'],
    ['manager-agreement-date', '7 May 2025'],
    ['agencies-to-invite', 'Community NHS Trust\nChildren’s Social Care\nNorthgate Primary School'],
    [
      'meeting-held-and-outcome',
      /^Meeting held on 6 May 2025\.\nDiscussion: .*\nAgreed action: Hold a strategy discussion – Sam Ortiz – by Tuesday 13 May 2025\nOutstanding issues: Whether a child protection medical is needed\.$/,
    ],
    [
      'date-resolved-or-next-steps',
      'Resolved on 12 May 2025 at Stage 3 (Interagency meeting): A strategy discussion was held and a section 47 enquiry started.',
    ],
    ['business-unit-id-number', ''],
    ['business-unit-date-recorded', ''],
    ['stage-resolved', ''],
  ])('%s', (fieldId, expected) => {
    const value = valuesOf(entries)[fieldId];
    if (typeof expected === 'string') expect(value).toBe(expected);
    else expect(value).toMatch(expected);
  });

  test('monitoring activity covers Levels 1 and 2 only (the meeting has its own box)', () => {
    expect(valuesOf(entries)['monitoring-activity']).not.toContain('Meeting held');
  });

  test('every practitioner-side field the form has is one the product knows how to fill', () => {
    const practitionerFields = tool.fields
      .filter((field) => field.section === 'challenge')
      .map((field) => field.id);
    expect([...practitionerFields].sort()).toEqual([...PREFILLED_FIELD_IDS].sort());
  });

  test('with initials chosen, names become initials', () => {
    const values = valuesOf(
      fillRecordingTool(darlington, resolved.events, resolved.state, settingsFor({ useInitials: true })),
    );
    expect(values['initiated-by-name']).toBe('P.S.');
    expect(values['raised-with-name']).toBe('S.O.');
    expect(values['manager-agreement-name']).toBe('A.R.');
    expect(values['monitoring-activity']).toContain('Phone call with S.O. (Social worker');
    expect(values['monitoring-activity']).toContain('Agreed action: Review the closure decision – S.O. – by');
  });

  test('escalated past the meeting, the next step is Level 4', () => {
    const escalated = climbedTo('darlington-dsp-2024', 4);
    const values = valuesOf(fillRecordingTool(darlington, escalated.events, escalated.state, settingsFor()));
    expect(values['date-resolved-or-next-steps']).toBe(
      'Escalated on 7 May 2025 to Stage 4 (Head of Service to Head of Service). Reason: The review did not change the decision.',
    );
  });

  test('before any meeting: the two agencies are proposed and the meeting boxes are empty', () => {
    const early = build(darlington, [[opened(darlington), '2025-05-01T08:30:00Z']], '2025-05-01T09:00:00Z');
    const values = valuesOf(fillRecordingTool(darlington, early.events, early.state, settingsFor()));
    expect(values['agencies-to-invite']).toBe('Community NHS Trust\nChildren’s Social Care');
    expect(values['meeting-held-and-outcome']).toBe('');
    expect(values['manager-agreement-name']).toBe('');
    expect(values['monitoring-activity']).toBe('');
  });

  test('a protocol without a recording tool has no form to fill', () => {
    const lscb = climbedTo('lscb-2019', 3);
    expect(fillRecordingTool(lscb.protocol, lscb.events, lscb.state, settingsFor())).toEqual([]);
  });
});
