import type { ProtocolInput } from './protocol-schema';

/**
 * "Professional Challenge Policy 2019-2021" of a Local Safeguarding Children Board (the Board is not named
 * in the source; this copy was adopted by a school, signed 16.1.19).
 * Source: protocol-sources/lscb-professional-challenge-policy-2019.txt.
 * Each comment names the section of that document the field encodes. The policy gives no timeframe for
 * any stage, so every stage is `{ kind: 'none' }`.
 */
const BUSINESS_SUPPORT = 'LSCB Business Support Team';

export const lscb2019: ProtocolInput = {
  id: 'lscb-2019',
  name: 'Professional Challenge Policy 2019-2021',
  partnership: 'Local Safeguarding Children Board (LSCB)',
  version: '2019-2021',
  // Signature block: signed 16.1.19 (reviewed 8.1.19).
  date: '2019-01-16',
  source: {
    title: 'Local Safeguarding Children Board: Professional Challenge Policy 2019-2021',
    file: 'lscb-professional-challenge-policy-2019.txt',
  },
  // Purpose: "challenging practice in the child's best interests".
  covers: ['children'],
  // Introduction.
  principles: [
    'Professional challenge is a positive activity and a sign of good professional practice, a healthy organisation and effective multiagency working.',
    "Being professionally challenged should not be seen as a slur on the person's professional capabilities.",
    'Professional challenge is a fundamental professional responsibility.',
    'Many professional challenges will be resolved on an informal basis by contact between the professional raising the challenge (or their manager) and the agency receiving the challenge, and will end there.',
  ],
  // "How should a professional make a challenge?", steps 1–5.
  stages: [
    {
      number: 1,
      title: 'Professional to professional',
      involved: {
        raising: ['The professional who is unhappy about the decision/action'],
        receiving: ['The professional who made the decision/took the action'],
      },
      guidance: [
        'Contact the professional who made the decision or took the action to express your views and concern, and discuss/explore the basis of that decision.',
      ],
      recordOrSend: [],
      notify: [],
      timeframe: { kind: 'none' },
    },
    {
      number: 2,
      title: 'Manager / Named professional',
      entryCondition: 'If the issue cannot be resolved between you.',
      involved: {
        raising: ['Your manager / Named professional'],
        receiving: ["The other professional's manager / Named professional"],
      },
      guidance: ['Both professionals raise the issue with their manager / Named professional.'],
      recordOrSend: [],
      notify: ['Your manager / Named professional'],
      timeframe: { kind: 'none' },
    },
    {
      number: 3,
      title: 'Interagency meeting',
      entryCondition: 'If the manager considers it appropriate.',
      involved: {
        raising: ['The agency raising the professional challenge'],
        receiving: ['The receiving agency'],
      },
      guidance: [
        'Hold an interagency meeting between the agency raising the challenge and the receiving agency to discuss the different views.',
        `Notify the ${BUSINESS_SUPPORT} of the nature of the professional challenge.`,
        'This is the threshold for reporting the challenge to the LSCB.',
      ],
      // "Reporting the use of professional challenge": the Named Person provides the six answers.
      recordOrSend: [`The answers to the six reporting questions, to the ${BUSINESS_SUPPORT}.`],
      notify: [`${BUSINESS_SUPPORT}: the nature of the professional challenge`],
      timeframe: { kind: 'none' },
    },
    {
      number: 4,
      title: 'Manager to head of service',
      entryCondition: 'If the issue cannot be resolved at the interagency meeting.',
      involved: {
        raising: ["The worker's manager"],
        receiving: ['The relevant head of service'],
      },
      guidance: ["The worker's manager discusses the issue with the relevant head of service."],
      recordOrSend: [],
      notify: ['The relevant head of service'],
      timeframe: { kind: 'none' },
    },
    {
      number: 5,
      title: "Head of service to the agency's LSCB representative",
      entryCondition: 'If resolution still cannot be found.',
      involved: {
        raising: ['The relevant head of service'],
        receiving: ["The agency's representative on the Local Safeguarding Children Board"],
      },
      guidance: [
        "The relevant head of service raises the issue with the agency's representative on the Local Safeguarding Children Board.",
      ],
      recordOrSend: [],
      notify: ["The agency's representative on the Local Safeguarding Children Board"],
      timeframe: { kind: 'none' },
    },
  ],
  // "The threshold for reporting the use of professional challenge to the LSCB": "when it becomes necessary
  // to move to stage 3 above".
  reportingThresholdStage: 3,
  // "Reporting the use of professional challenge".
  reportingQuestions: [
    'What was the challenge?',
    'What was done to address the challenge?',
    'What was the outcome of these actions?',
    'How was the issue resolved?',
    'Are the professionals involved satisfied with the outcome?',
    'If resolution could not be achieved was the issue referred to the LSCB?',
  ],
  reportingBy: 'The Named Person for the agency which raised the challenge',
  // "Reporting professional challenge activity" 1: "… on a six monthly basis".
  reportingCadence: 'six-monthly',
  reportTo: { name: 'Safeguarding Children Board Business Support Team' },
  // Introduction: "challenging decisions, practice or actions which may not effectively ensure the safety or
  // well-being of a child or young person or his/her family". The policy lists no other areas.
  areasOfDisagreement: [
    {
      id: 'decision',
      label: 'A decision',
      description:
        'Decisions which may not effectively ensure the safety or well-being of a child or young person or his/her family',
    },
    {
      id: 'practice',
      label: 'Practice',
      description:
        'Practice which may not effectively ensure the safety or well-being of a child or young person or his/her family',
    },
    {
      id: 'action',
      label: 'An action',
      description:
        'Actions which may not effectively ensure the safety or well-being of a child or young person or his/her family',
    },
  ],
  specialRoutes: [
    {
      // "Resolution process for children in care".
      id: 'child-in-care-iro',
      title: "Child in care: contact the child's Independent Reviewing Officer",
      appliesWhen: 'child-in-care',
      guidance: [
        "If you are unhappy about the way a case involving a child in care is being dealt with, contact the child's Independent Reviewing Officer (IRO).",
        'Problem resolution is one of the IRO’s key roles: where poor practice is identified the IRO negotiates with Local Authority management, up to the highest level if needed.',
        'In the last resort the IRO can refer the case to the Children and Family Court Advisory and Support Service (CAFCASS).',
        'The IRO also works with the Local Authority complaints officer and advocates where necessary.',
      ],
      reference: 'Adoption and Children Act 2002; guidance for Independent Reviewing Officers',
    },
  ],
  // The policy says nothing about immediate harm, so no rule is encoded rather than one it does not contain.
};
