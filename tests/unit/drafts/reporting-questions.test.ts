import { describe, expect, test } from 'vitest';
import { answerReportingQuestions } from '../../../lib/drafts';
import { protocolSchema } from '../../../lib/protocols';
import { builtIn, climbedTo, step } from './draft-fixtures';

const answersOf = (built: ReturnType<typeof climbedTo>, options = {}) =>
  answerReportingQuestions(built.protocol, built.events, built.state, options);

describe('the partnership’s questions, answered from the history', () => {
  test('Darlington 4.2: five questions, in order, each answered', () => {
    const answers = answersOf(climbedTo('darlington-dsp-2024', 5));
    expect(answers.map((answer) => answer.question)).toEqual(
      builtIn('darlington-dsp-2024').reportingQuestions,
    );
    expect(answers).toHaveLength(5);
    for (const { answer } of answers) expect(answer).not.toBe('');
  });

  test('LSCB 2019: six questions, resolved at the interagency meeting', () => {
    const resolved = climbedTo('lscb-2019', 3, [
      [step.partnership(3), '2025-05-06T16:00:00Z'],
      [
        step.resolve(3, { professionalsSatisfied: 'partly', referredToPartnership: false }),
        '2025-05-12T10:00:00Z',
      ],
    ]);
    const answers = Object.fromEntries(answersOf(resolved).map(({ question, answer }) => [question, answer]));
    expect(Object.keys(answers)).toHaveLength(6);
    expect(answers['What was the challenge?']).toBe(
      [
        'Area of disagreement: A decision.',
        'Raised on 1 May 2025 by Priya Shah (Health visitor, Community NHS Trust) about a decision made by Sam Ortiz (Social worker, Children’s Social Care): “Decision: no further action, case closed to Children’s Social Care”.',
        'Reason for the challenge: Three bruises were recorded in April; the decision does not address them.',
        'Outcome sought for the child: A strategy discussion about the child’s safety at home.',
      ].join('\n'),
    );
    expect(answers['What was done to address the challenge?']).toMatch(
      /^Phone call with Sam Ortiz .*\nEscalated to Stage 2 .*\nEscalated to Stage 3 .*\nMeeting held on 6 May 2025 .*\nPartnership informed on 6 May 2025 \(email\): Business Unit\.\nResolved at Stage 3 \(Interagency meeting\) on 12 May 2025\. Outcome: A strategy discussion was held/,
    );
    expect(answers['What was the outcome of these actions?']).toBe(
      [
        'Agreed: Sam will ask the team manager to review the decision.',
        'Action: Review the closure decision – Sam Ortiz – by Friday 2 May 2025',
        'Action: Hold a strategy discussion – Sam Ortiz – by Tuesday 13 May 2025',
        'Outstanding: Whether a child protection medical is needed.',
      ].join('\n'),
    );
    expect(answers['How was the issue resolved?']).toBe(
      'Resolved at Stage 3 (Interagency meeting) on 12 May 2025: A strategy discussion was held and a section 47 enquiry started.',
    );
    expect(answers['Are the professionals involved satisfied with the outcome?']).toBe('Partly.');
    expect(answers['If resolution could not be achieved was the issue referred to the LSCB?']).toBe(
      'Yes: the Safeguarding Children Board Business Support Team was informed on 6 May 2025.',
    );
  });

  test.each<[string, () => ReturnType<typeof climbedTo>, string, string, string]>([
    [
      'still open',
      () => climbedTo('lscb-2019', 4),
      'Not yet resolved: the challenge has been at Stage 4 (Manager to head of service) since 7 May 2025.',
      'Not yet known: the challenge has not been resolved.',
      'Not yet: the challenge is at Stage 4 (Manager to head of service).',
    ],
    [
      'withdrawn',
      () => climbedTo('lscb-2019', 3, [[step.withdraw(), '2025-05-08T10:00:00Z']]),
      'Not resolved: the challenge was withdrawn on 8 May 2025. Reason: New information explained the bruising.',
      'Not recorded: the challenge was withdrawn.',
      'No: the challenge was withdrawn.',
    ],
    [
      'resolved without referral recorded',
      () => climbedTo('lscb-2019', 3, [[step.resolve(3), '2025-05-08T10:00:00Z']]),
      'Resolved at Stage 3 (Interagency meeting) on 8 May 2025: A strategy discussion was held and a section 47 enquiry started.',
      'Yes.',
      'Not applicable: the issue was resolved at Stage 3 (Interagency meeting).',
    ],
  ])('%s', (_name, make, resolvedAnswer, satisfiedAnswer, referredAnswer) => {
    const answers = answersOf(make()).map((answer) => answer.answer);
    expect(answers.slice(3)).toEqual([resolvedAnswer, satisfiedAnswer, referredAnswer]);
  });

  test('with initials chosen, professionals are named by initials', () => {
    const [challenge, done] = answersOf(climbedTo('darlington-dsp-2024', 5), { useInitials: true });
    expect(challenge?.answer).toContain(
      'by P.S. (Health visitor, Community NHS Trust) about a decision made by S.O. (Social worker',
    );
    expect(done?.answer).not.toContain('Jo Bell');
  });

  test('a question the product does not know is left for the practitioner', () => {
    const base = builtIn('lscb-2019');
    const own = protocolSchema.parse({
      ...base,
      id: 'own-board',
      reportingQuestions: ['What was the challenge?', 'Which team leader signed it off?'],
    });
    const built = climbedTo('lscb-2019', 3);
    expect(answerReportingQuestions(own, built.events, built.state).map((answer) => answer.answer)).toEqual([
      expect.stringMatching(/^Area of disagreement: A decision\./),
      '',
    ]);
  });
});
