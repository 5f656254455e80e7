import { describe, expect, test } from 'vitest';
import { draftEmail, toneCheck, type EmailKind } from '../../../lib/drafts';
import {
  BUILT_IN_IDS,
  build,
  builtIn,
  climbedTo,
  contextOf,
  opened,
  settingsFor,
  step,
  type BuiltInId,
} from './draft-fixtures';

const STAGE_KINDS: readonly [EmailKind, number][] = [
  ['stage-1-summary', 1],
  ['stage-2-manager', 2],
  ['stage-3-meeting-request', 3],
  ['stage-4-escalation', 4],
  ['stage-5-escalation', 5],
];

/** Every stage email of every built-in protocol, drafted at the stage it belongs to. */
const stageCases = BUILT_IN_IDS.flatMap((id) => STAGE_KINDS.map(([kind, stage]) => ({ id, kind, stage })));

describe('stage emails, for each built-in protocol', () => {
  test.each(stageCases)(
    '$id $kind: names the stage, the case and the facts; no names in the subject',
    ({ id, kind, stage }) => {
      const built = climbedTo(id, stage);
      const draft = draftEmail(kind, contextOf(built));
      const stageTitle = built.protocol.stages[stage - 1]?.title as string;

      expect(draft.kind).toBe(kind);
      expect(draft.subject).toMatch(/^OFFICIAL-SENSITIVE: Professional challenge, case CS-104233: Stage \d /);
      expect(draft.subject).toContain(`Stage ${stage}`);
      for (const name of ['Sam', 'Ortiz', 'Priya', 'Shah']) expect(draft.subject).not.toContain(name);

      expect(draft.body).toContain('case reference CS-104233');
      expect(draft.body).toContain(stage === 1 ? 'Stage 1 of the' : `Stage ${stage} (${stageTitle})`);
      expect(draft.body).toContain(
        'Three bruises were recorded in April; the decision does not address them.',
      );
      expect(draft.body).toContain('A strategy discussion about the child’s safety at home.');
      expect(draft.body).toMatch(
        /Kind regards,\n\nPriya Shah\nHealth visitor, Community NHS Trust\npriya\.shah@nhs\.net\n$/,
      );
    },
  );

  test.each(stageCases)(
    '$id $kind: the template passes the tone check with calm input',
    ({ id, kind, stage }) => {
      const draft = draftEmail(kind, contextOf(climbedTo(id, stage)));
      expect(toneCheck(draft.body, { subject: 'child' })).toEqual([]);
    },
  );

  test.each(stageCases)(
    '$id $kind: with initials chosen, the other professionals are not named',
    ({ id, kind, stage }) => {
      const built = climbedTo(id, stage);
      const draft = draftEmail(kind, contextOf(built, settingsFor({ useInitials: true })));
      // The agreed text was typed by the practitioner ("Sam will ask…"): free text is theirs to edit.
      const generated = draft.body.replace('Sam will ask the team manager to review the decision.', '');
      expect(generated).not.toContain('Ortiz');
      expect(generated).not.toContain('Jo Bell');
      expect(draft.body).toContain('Priya Shah\nHealth visitor'); // the practitioner still signs their own email
    },
  );
});

describe('what each protocol asks at each point', () => {
  test('Darlington Stage 1: summary to the decision-maker with the one-working-day deadline', () => {
    const built = build(
      builtIn('darlington-dsp-2024'),
      [
        [opened(builtIn('darlington-dsp-2024')), '2025-05-01T08:30:00Z'],
        [step.contact(), '2025-05-01T10:05:00Z'],
      ],
      '2025-05-01T11:00:00Z',
    );
    const draft = draftEmail('stage-1-summary', contextOf(built, settingsFor(), '2025-05-01T11:00:00Z'));
    expect(draft.to).toEqual([]);
    expect(
      draft.body.startsWith('Dear Sam Ortiz,\n\nThank you for speaking with me today about the child'),
    ).toBe(true);
    expect(draft.body).toContain('What we discussed\n- Thursday 1 May 2025: The bruising recorded in April');
    expect(draft.body).toContain('What we agreed\n- Sam will ask the team manager to review the decision.');
    expect(draft.body).toContain(
      'Actions and by when\n- Review the closure decision – Sam Ortiz – by Friday 2 May 2025',
    );
    expect(draft.body).toContain(
      'The procedure asks for this stage to be completed within 1 working day, that is by 17:00 on Friday 2 May 2025. If we cannot reach a shared view by then, the next step under the procedure is Stage 2 (Line manager to line manager).',
    );
  });

  test('Stage 1 with nothing logged yet leaves marked gaps for the practitioner', () => {
    const protocol = builtIn('lscb-2019');
    const built = build(protocol, [[opened(protocol), '2025-05-01T08:30:00Z']], '2025-05-01T09:00:00Z');
    const { body } = draftEmail('stage-1-summary', contextOf(built, settingsFor(), '2025-05-01T09:00:00Z'));
    expect(body).toContain('I am writing about the child (case reference CS-104233) and the decision below.');
    expect(body).toContain('[summarise what was discussed]');
    expect(body).toContain('[list each action, who will do it and by when]');
    // The 2019 policy gives no timeframe, so none is claimed.
    expect(body).not.toContain('working day');
  });

  test('Pan-Sussex: the escalator states the timeframe; until then the draft asks for it', () => {
    const protocol = builtIn('pan-sussex-2025');
    const start: [Parameters<typeof build>[1][number], ...Parameters<typeof build>[1]] = [
      [opened(protocol), '2025-05-01T08:30:00Z'],
    ];
    const withoutTimeframe = build(protocol, start, '2025-05-01T09:00:00Z');
    expect(draftEmail('stage-1-summary', contextOf(withoutTimeframe)).body).toContain(
      'I would like us to reach a resolution by [state the date and time], before this is escalated further.',
    );
    const withTimeframe = build(
      protocol,
      [...start, [step.timeframe(1, 2), '2025-05-01T08:40:00Z']],
      '2025-05-01T09:00:00Z',
    );
    expect(draftEmail('stage-1-summary', contextOf(withTimeframe)).body).toContain(
      // Monday 5 May 2025 is the Early May bank holiday.
      'I have set a timeframe of 2 working days for this stage, that is by 17:00 on Tuesday 6 May 2025.',
    );
  });

  test('Darlington Stage 3 is a meeting request that names the Recording Tool and the Business Unit', () => {
    const draft = draftEmail('stage-3-meeting-request', contextOf(climbedTo('darlington-dsp-2024', 3)));
    expect(draft.subject).toContain('Stage 3 interagency meeting request');
    expect(draft.body).toContain(
      'I am requesting an interagency meeting under Stage 3 (Interagency meeting)',
    );
    expect(draft.body).toContain(
      'My manager, Alex Reid, agreed on 7 May 2025 that this meeting is appropriate.',
    );
    expect(draft.body).toContain(
      'recorded on the Professional Challenge Recording Tool, and a copy shared with the DSP Business Unit',
    );
    expect(draft.body).toContain(
      'Who should attend\n- Community NHS Trust\n- Children’s Social Care\n- [other agencies to invite]',
    );
  });

  test('LSCB 2019 Stage 3 is a meeting at the reporting threshold: the Business Support Team is told', () => {
    const { body } = draftEmail('stage-3-meeting-request', contextOf(climbedTo('lscb-2019', 3)));
    expect(body).toContain(
      'I will also let the Safeguarding Children Board Business Support Team know about this challenge.',
    );
  });

  test('Pan-Sussex Stage 3 is senior manager to senior manager, so the draft is an escalation, not a meeting', () => {
    const draft = draftEmail('stage-3-meeting-request', contextOf(climbedTo('pan-sussex-2025', 3)));
    expect(draft.subject).toContain('Stage 3 escalation');
    expect(draft.body).toContain('Stage 3 (Senior Manager to Senior Manager)');
    expect(draft.body).not.toContain('interagency meeting');
  });

  test.each<[BuiltInId, string[], string]>([
    ['darlington-dsp-2024', ['DSP@darlington.gov.uk'], 'Dear DSP Business Unit,'],
    [
      'pan-sussex-2025',
      [],
      'Dear Independent Scrutineer commissioned by the Safeguarding Children Partnership(s),',
    ],
    ['lscb-2019', [], 'Dear colleague,'],
  ])('%s Stage 5 goes to the partnership only where Stage 5 is the partnership', (id, to, greeting) => {
    const draft = draftEmail('stage-5-escalation', contextOf(climbedTo(id, 5)));
    expect(draft.to).toEqual(to);
    expect(draft.body.startsWith(greeting)).toBe(true);
  });

  test('immediate risk is said plainly in the Stage 1 summary', () => {
    const protocol = builtIn('pan-sussex-2025');
    const built = build(
      protocol,
      [[opened(protocol, { immediateRisk: true }), '2025-05-01T08:30:00Z']],
      '2025-05-01T09:00:00Z',
    );
    expect(draftEmail('stage-1-summary', contextOf(built)).body).toContain(
      'I consider that the child may be at risk of immediate harm. [say what has been done to keep them safe while we resolve this]',
    );
  });

  test('an adult at risk is named as such throughout (Darlington covers adults)', () => {
    const protocol = builtIn('darlington-dsp-2024');
    const built = build(
      protocol,
      [
        [
          opened(protocol, {
            subject: 'adult-at-risk',
            outcomeSought: 'A safeguarding enquiry for the adult.',
          }),
          '2025-05-01T08:30:00Z',
        ],
      ],
      '2025-05-01T09:00:00Z',
    );
    const { body } = draftEmail('stage-1-summary', contextOf(built));
    expect(body).toContain('about the adult at risk (case reference CS-104233)');
    expect(body).not.toContain('the child');
    expect(toneCheck(body, { subject: 'adult-at-risk' })).toEqual([]);
  });
});
