// Case data behind the Meridian Case Manager SPA's JSON API. Entirely fictional: Kestrel Vale City
// Council does not exist and every person named here is invented.

const FRONT_DOOR = 'Front Door (MASH)';

/** @typedef {{ name: string, role: string, team: string }} Person */
/** @typedef {'done' | 'current' | 'skipped' | 'pending'} StepState */
/**
 * @typedef {{ id: string, name: string, state: StepState, date: string | null, text: string,
 *   decidedBy: Person | null }} WorkflowStep
 */
/**
 * @typedef {{ ref: string, status: string, openedOn: string, updatedOn: string,
 *   subject: { name: string, dateOfBirth: string, gender: string, address: string },
 *   allocatedWorker: Person, steps: WorkflowStep[],
 *   referralDecision: { text: string, reasons: string, decidedBy: Person, date: string },
 *   notes: { date: string, author: string, text: string }[] }} MeridianCase
 */

/** @type {MeridianCase[]} */
export const MERIDIAN_CASES = [
  {
    ref: 'MER-55012',
    status: 'Outcome recorded',
    openedOn: '2026-10-05',
    updatedOn: '2026-10-14',
    subject: {
      name: 'Ellis Varga-Morton',
      dateOfBirth: '2023-02-17',
      gender: 'Male',
      address: 'Withheld — restricted record',
    },
    allocatedWorker: { name: 'Tariq Holloway-Singh', role: 'Social Worker', team: FRONT_DOOR },
    steps: [
      {
        id: 'contact',
        name: 'Contact',
        state: 'done',
        date: '2026-10-05',
        text: 'Health Visitor (Kestrel Vale Community Health) reports Ellis has dropped two weight centiles since his last review; two clinic appointments missed; family using the food bank.',
        decidedBy: null,
      },
      {
        id: 'referral',
        name: 'Referral',
        state: 'done',
        date: '2026-10-06',
        text: 'Accepted for screening by the Front Door. Information requested from the GP and Little Wrens Nursery.',
        decidedBy: null,
      },
      {
        id: 'assessment',
        name: 'Assessment',
        state: 'done',
        date: '2026-10-12',
        text: 'Screening completed. GP reports a recent gastric illness; nursery reports good attendance and no marks or bruises seen. Parents engaged with the phone call.',
        decidedBy: null,
      },
      {
        id: 'strategy-discussion',
        name: 'Strategy discussion',
        state: 'skipped',
        date: null,
        text: 'Not held.',
        decidedBy: null,
      },
      {
        id: 'outcome',
        name: 'Outcome',
        state: 'current',
        date: '2026-10-14',
        text: 'Outcome: Strategy discussion not required — single-agency response',
        decidedBy: { name: 'Colette Brannigan', role: 'Practice Manager', team: FRONT_DOOR },
      },
    ],
    referralDecision: {
      text: 'Referral decision: Closed at screening — single-agency response by the health visiting service',
      reasons:
        'Weight loss explained by recent illness. Family have accepted a food bank referral. Health visiting to offer fortnightly weight checks for six weeks.',
      decidedBy: { name: 'Colette Brannigan', role: 'Practice Manager', team: FRONT_DOOR },
      date: '2026-10-14',
    },
    notes: [
      {
        date: '2026-10-06',
        author: 'Tariq Holloway-Singh',
        text: 'Phoned mother: she agreed to information sharing with the GP and nursery.',
      },
      {
        date: '2026-10-12',
        author: 'Tariq Holloway-Singh',
        text: 'GP letter received; screening summary written up for the Practice Manager.',
      },
      {
        date: '2026-10-14',
        author: 'Colette Brannigan',
        text: 'Outcome recorded. Referrer to be told the outcome by letter.',
      },
    ],
  },
  {
    ref: 'MER-55340',
    status: 'Stepped down',
    openedOn: '2026-09-21',
    updatedOn: '2026-10-30',
    subject: {
      name: 'Amara Quinlan-Boyce',
      dateOfBirth: '2015-08-03',
      gender: 'Female',
      address: 'Withheld — restricted record',
    },
    allocatedWorker: { name: 'Nadia Petrov-Hughes', role: 'Social Worker', team: 'Assessment Team North' },
    steps: [
      {
        id: 'contact',
        name: 'Contact',
        state: 'done',
        date: '2026-09-21',
        text: 'Designated Safeguarding Lead at Wrenfield Academy reports Amara disclosed frequent arguments at home and that she is "scared when Dad drinks".',
        decidedBy: null,
      },
      {
        id: 'referral',
        name: 'Referral',
        state: 'done',
        date: '2026-09-22',
        text: 'Accepted for a Child and Family Assessment.',
        decidedBy: null,
      },
      {
        id: 'assessment',
        name: 'Assessment',
        state: 'done',
        date: '2026-10-27',
        text: 'Child and Family Assessment completed. Father engaging with the alcohol service; no police call-outs recorded.',
        decidedBy: null,
      },
      {
        id: 'strategy-discussion',
        name: 'Strategy discussion',
        state: 'skipped',
        date: null,
        text: 'Not held.',
        decidedBy: null,
      },
      {
        id: 'outcome',
        name: 'Outcome',
        state: 'current',
        date: '2026-10-30',
        text: 'Outcome: Case stepped down to Early Help — no further statutory involvement',
        decidedBy: { name: 'Marcus Adebayo-Finch', role: 'Team Manager', team: 'Assessment Team North' },
      },
    ],
    referralDecision: {
      text: 'Referral decision: Accepted — Child and Family Assessment',
      reasons: 'Disclosure from a child about a parent’s drinking and arguments at home needs assessment.',
      decidedBy: { name: 'Marcus Adebayo-Finch', role: 'Team Manager', team: 'Assessment Team North' },
      date: '2026-09-22',
    },
    notes: [
      {
        date: '2026-09-23',
        author: 'Nadia Petrov-Hughes',
        text: 'Seen Amara at school with the DSL present. Views recorded.',
      },
      {
        date: '2026-10-30',
        author: 'Marcus Adebayo-Finch',
        text: 'Step-down agreed. Early Help worker to be allocated within 10 working days.',
      },
    ],
  },
  {
    ref: 'MER-54877',
    status: 'Assessment in progress',
    openedOn: '2026-10-20',
    updatedOn: '2026-11-02',
    subject: {
      name: 'Leo Farrant-Osei',
      dateOfBirth: '2019-04-11',
      gender: 'Male',
      address: 'Withheld — restricted record',
    },
    allocatedWorker: { name: 'Grace Whitlock', role: 'Senior Social Worker', team: 'Assessment Team South' },
    steps: [
      {
        id: 'contact',
        name: 'Contact',
        state: 'done',
        date: '2026-10-20',
        text: 'Police notification of a domestic incident at the family home; Leo present, asleep upstairs.',
        decidedBy: null,
      },
      {
        id: 'referral',
        name: 'Referral',
        state: 'done',
        date: '2026-10-21',
        text: 'Accepted for a Child and Family Assessment.',
        decidedBy: null,
      },
      {
        id: 'assessment',
        name: 'Assessment',
        state: 'current',
        date: '2026-11-02',
        text: 'Home visit completed; school and GP checks under way.',
        decidedBy: null,
      },
      {
        id: 'strategy-discussion',
        name: 'Strategy discussion',
        state: 'pending',
        date: null,
        text: 'To be decided at the end of the assessment.',
        decidedBy: null,
      },
      {
        id: 'outcome',
        name: 'Outcome',
        state: 'pending',
        date: null,
        text: 'Not yet recorded.',
        decidedBy: null,
      },
    ],
    referralDecision: {
      text: 'Referral decision: Accepted — Child and Family Assessment',
      reasons: 'Third police notification in six months with a child in the home.',
      decidedBy: { name: 'Grace Whitlock', role: 'Senior Social Worker', team: 'Assessment Team South' },
      date: '2026-10-21',
    },
    notes: [
      {
        date: '2026-11-02',
        author: 'Grace Whitlock',
        text: 'Home visit: Leo seen alone in his bedroom. Mother open about the incident.',
      },
    ],
  },
];

/** @param {string} ref */
export function findMeridianCase(ref) {
  return MERIDIAN_CASES.find((meridianCase) => meridianCase.ref === ref);
}

/** The case list: what the SPA's landing page shows, newest activity first. */
export function listMeridianCases() {
  return MERIDIAN_CASES.map((meridianCase) => {
    const current = meridianCase.steps.find((step) => step.state === 'current');
    return {
      ref: meridianCase.ref,
      subjectName: meridianCase.subject.name,
      currentStep: current ? current.name : 'Closed',
      status: meridianCase.status,
      allocatedWorker: meridianCase.allocatedWorker.name,
      updatedOn: meridianCase.updatedOn,
    };
  }).sort((a, b) => b.updatedOn.localeCompare(a.updatedOn));
}
