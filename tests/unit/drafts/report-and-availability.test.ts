import { describe, expect, test } from 'vitest';
import { availableDrafts, draftEmail, toneCheck, type EmailKind } from '../../../lib/drafts';
import { protocolSchema } from '../../../lib/protocols';
import {
  build,
  builtIn,
  climbedTo,
  contextOf,
  opened,
  settingsFor,
  step,
  type BuiltInId,
} from './draft-fixtures';

describe('partnership report and resolution confirmation', () => {
  test.each<[BuiltInId, number, string[], number]>([
    ['darlington-dsp-2024', 5, ['DSP@darlington.gov.uk'], 5],
    ['lscb-2019', 3, [], 6],
  ])(
    '%s: report at the threshold (Stage %i) answers the protocol’s own questions',
    (id, threshold, to, questions) => {
      const built = climbedTo(id, threshold);
      const draft = draftEmail('partnership-report', contextOf(built));
      expect(draft.to).toEqual(to);
      expect(draft.subject).toContain(`report to the partnership (Stage ${threshold})`);
      for (const question of built.protocol.reportingQuestions)
        expect(draft.body).toContain(`\n\n${question}\n`);
      expect(built.protocol.reportingQuestions).toHaveLength(questions);
      expect(toneCheck(draft.body, { subject: 'child' })).toEqual([]);
    },
  );

  test('Pan-Sussex asks no questions: the report still says what, what was done and where it stands', () => {
    const { body } = draftEmail('partnership-report', contextOf(climbedTo('pan-sussex-2025', 5)));
    expect(body).toContain(
      '\n\nThe challenge\nArea of disagreement: Criteria for referrals and levels of need.',
    );
    expect(body).toContain('\n\nWhat has been done\n');
    expect(body).toContain('\n\nWhere it stands\nNot yet resolved');
  });

  test.each([
    ['yes', 'I have recorded that the professionals involved are satisfied with the outcome.'],
    ['partly', 'partly satisfied with the outcome. [say what remains open]'],
    ['no', 'not satisfied with the outcome. [say why, and what happens next]'],
  ] as const)('resolution confirmation records satisfaction "%s"', (satisfied, wording) => {
    const built = climbedTo('darlington-dsp-2024', 3, [
      [step.resolve(3, { professionalsSatisfied: satisfied }), '2025-05-12T10:00:00Z'],
    ]);
    const draft = draftEmail('resolution-confirmation', contextOf(built));
    expect(draft.subject).toBe(
      'OFFICIAL-SENSITIVE: Professional challenge, case CS-104233: resolved at Stage 3',
    );
    expect(draft.body).toContain('Resolved at\nStage 3 (Interagency meeting) on 12 May 2025');
    expect(draft.body).toContain(
      'Outcome for the child\nA strategy discussion was held and a section 47 enquiry started.',
    );
    expect(draft.body).toContain(wording);
    expect(toneCheck(draft.body, { subject: 'child' })).toEqual([]);
  });
});

describe('subject line', () => {
  test.each([
    ['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE: Professional challenge'],
    ['[secure]', '[secure] Professional challenge'],
    ['', 'Professional challenge'],
    ['  OFFICIAL\r\nBcc: x@y.z ', 'OFFICIAL Bcc: x@y.z: Professional challenge'],
  ])('prefix %j', (subjectPrefix, start) => {
    const draft = draftEmail(
      'stage-1-summary',
      contextOf(climbedTo('lscb-2019', 1), settingsFor({ subjectPrefix })),
    );
    expect(draft.subject.startsWith(start)).toBe(true);
    expect(draft.subject).not.toMatch(/[\r\n]/);
  });

  test('a hostile case reference stays on one line', () => {
    const protocol = builtIn('lscb-2019');
    const built = build(
      protocol,
      [[opened(protocol, { caseReference: 'CS-1\r\nBcc: evil@example.com' }), '2025-05-01T08:30:00Z']],
      '2025-05-01T09:00:00Z',
    );
    const { subject } = draftEmail('stage-1-summary', contextOf(built));
    expect(subject).toBe(
      'OFFICIAL-SENSITIVE: Professional challenge, case CS-1 Bcc: evil@example.com: Stage 1 follow-up summary',
    );
  });
});

describe('availableDrafts', () => {
  test.each<[string, () => ReturnType<typeof climbedTo>, EmailKind[]]>([
    ['Darlington at Stage 1', () => climbedTo('darlington-dsp-2024', 1), ['stage-1-summary']],
    [
      'Darlington at Stage 3',
      () => climbedTo('darlington-dsp-2024', 3),
      ['stage-1-summary', 'stage-2-manager', 'stage-3-meeting-request'],
    ],
    [
      'Darlington at Stage 5 (threshold)',
      () => climbedTo('darlington-dsp-2024', 5),
      [
        'stage-1-summary',
        'stage-2-manager',
        'stage-3-meeting-request',
        'stage-4-escalation',
        'stage-5-escalation',
        'partnership-report',
      ],
    ],
    [
      'LSCB at Stage 3 (threshold)',
      () => climbedTo('lscb-2019', 3),
      ['stage-1-summary', 'stage-2-manager', 'stage-3-meeting-request', 'partnership-report'],
    ],
    [
      'LSCB resolved at Stage 3',
      () => climbedTo('lscb-2019', 3, [[step.resolve(3), '2025-05-12T10:00:00Z']]),
      ['partnership-report', 'resolution-confirmation'],
    ],
    [
      'Darlington resolved at Stage 1',
      () => climbedTo('darlington-dsp-2024', 1, [[step.resolve(1), '2025-05-01T12:00:00Z']]),
      ['resolution-confirmation'],
    ],
    [
      'Pan-Sussex withdrawn at Stage 2',
      () => climbedTo('pan-sussex-2025', 2, [[step.withdraw(), '2025-05-05T12:00:00Z']]),
      [],
    ],
  ])('%s', (_name, make, kinds) => {
    const { protocol, state } = make();
    expect(availableDrafts(protocol, state)).toEqual(kinds);
  });

  test('a protocol without a Stage 4 offers no Stage 4 email, and drafting one is refused by name', () => {
    const base = builtIn('lscb-2019');
    const short = protocolSchema.parse({
      ...base,
      id: 'three-stages',
      stages: base.stages.slice(0, 3),
      reportingThresholdStage: 3,
    });
    const built = build(
      short,
      [
        [opened(short), '2025-05-01T08:30:00Z'],
        [step.escalate(2), '2025-05-02T09:00:00Z'],
        [step.escalate(3), '2025-05-06T09:00:00Z'],
      ],
      '2025-05-06T10:00:00Z',
    );
    expect(availableDrafts(short, built.state)).not.toContain('stage-4-escalation');
    expect(() => draftEmail('stage-4-escalation', contextOf(built))).toThrow(/kind: .* has no Stage 4/);
  });
});
