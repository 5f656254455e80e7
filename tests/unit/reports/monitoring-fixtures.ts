import { build, builtIn, opened, step, type Built } from '../drafts/draft-fixtures';

/**
 * A quarter's worth of challenges across the three built-in protocols, for Q1 2025/26 (April–June 2025).
 * Each comment says how it should count.
 */
const darlington = builtIn('darlington-dsp-2024');
const lscb = builtIn('lscb-2019');
const panSussex = builtIn('pan-sussex-2025');
const NOW = '2025-07-10T12:00:00Z';

export const quarterChallenges: Record<string, Built> = {
  // Raised in Q1; resolved at Stage 1 the next working day; satisfied.
  resolvedAtStageOne: build(
    darlington,
    [
      [opened(darlington, { caseReference: 'A-1' }), '2025-05-01T08:30:00Z'],
      [step.resolve(1), '2025-05-02T10:00:00Z'],
    ],
    NOW,
    1,
  ),
  // Raised in Q1; resolved at Stage 3 on 12 May: 6 working days (5 May is a bank holiday); partly satisfied.
  resolvedAtStageThree: build(
    darlington,
    [
      [
        opened(darlington, { caseReference: 'B-2', areaOfDisagreement: 'threshold-decisions' }),
        '2025-05-01T08:30:00Z',
      ],
      [step.escalate(2), '2025-05-02T09:00:00Z'],
      [step.escalate(3), '2025-05-06T09:00:00Z'],
      [step.meeting(), '2025-05-09T15:00:00Z'],
      [step.resolve(3, { professionalsSatisfied: 'partly' }), '2025-05-12T10:00:00Z'],
    ],
    NOW,
    2,
  ),
  // Raised in Q1; reached the LSCB threshold (Stage 3), reported, then withdrawn in Q1.
  withdrawnAfterThreshold: build(
    lscb,
    [
      [opened(lscb, { caseReference: 'C-3' }), '2025-06-10T08:30:00Z'],
      [step.escalate(2), '2025-06-10T12:00:00Z'],
      [step.escalate(3), '2025-06-11T09:00:00Z'],
      [step.partnership(3), '2025-06-11T10:00:00Z'],
      [step.withdraw(), '2025-06-12T10:00:00Z'],
    ],
    NOW,
    3,
  ),
  // Raised in Q1; still open at Stage 2.
  stillOpen: build(
    panSussex,
    [
      [
        opened(panSussex, { caseReference: 'D-4', areaOfDisagreement: 'outcomes-of-assessments' }),
        '2025-06-30T08:30:00Z',
      ],
      [step.escalate(2), '2025-06-30T12:00:00Z'],
    ],
    NOW,
    4,
  ),
  // Raised in Q1, resolved in Q2: open at the end of Q1.
  resolvedAfterQuarter: build(
    lscb,
    [
      [opened(lscb, { caseReference: 'H-8' }), '2025-06-20T08:30:00Z'],
      [step.resolve(1), '2025-07-04T10:00:00Z'],
    ],
    NOW,
    8,
  ),
  // Raised in Q4 2024/25, resolved in Q1 at Stage 2 after 10 working days; not satisfied.
  raisedBeforeQuarter: build(
    darlington,
    [
      [opened(darlington, { caseReference: 'E-5' }), '2025-03-20T09:30:00Z'],
      [step.escalate(2), '2025-03-21T09:00:00Z'],
      [step.resolve(2, { professionalsSatisfied: 'no' }), '2025-04-03T10:00:00Z'],
    ],
    NOW,
    5,
  ),
  // Raised after the quarter: counts nowhere in Q1.
  raisedAfterQuarter: build(
    darlington,
    [[opened(darlington, { caseReference: 'F-6' }), '2025-07-02T08:30:00Z']],
    NOW,
    6,
  ),
};

export const allQuarterChallenges = Object.values(quarterChallenges);
