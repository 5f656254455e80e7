import { darlingtonRecordingTool } from './darlington-recording-tool';
import type { ProtocolInput } from './protocol-schema';

/**
 * Darlington Safeguarding Partnership, "Professional Challenge Procedure and Practice Guidance (Child and
 * Adult)", October 2024 (V2). Source: protocol-sources/darlington-dsp-professional-challenge-procedure-2024.txt.
 * Each comment names the section of that document the field encodes.
 */
const BUSINESS_UNIT_EMAIL = 'DSP@darlington.gov.uk'; // Stage 3 and 4.2

export const darlingtonDsp2024: ProtocolInput = {
  id: 'darlington-dsp-2024',
  // Title page.
  name: 'Professional Challenge Procedure and Practice Guidance (Child and Adult)',
  partnership: 'Darlington Safeguarding Partnership (DSP)',
  // Title page "October 2024 (V2)"; Update and Approval Process, row "DSP2 … October 2024".
  version: 'DSP2 (V2)',
  date: '2024-10',
  // Version Control: "Review Date March 2025".
  reviewDate: '2025-03',
  source: {
    title:
      'Darlington Safeguarding Partnership: Professional Challenge Procedure and Practice Guidance (Child and Adult), October 2024 (V2)',
    file: 'darlington-dsp-professional-challenge-procedure-2024.txt',
  },
  // Title "(Child and Adult)"; 1.1 "outcomes for children and adults with needs for care and support".
  covers: ['children', 'adults-at-risk'],
  principles: [
    // 1.2
    'Professional challenge is a positive activity and a sign of good professional practice and effective multi-agency working.',
    // 1.2
    'Be open to being questioned about how a decision was reached; you should be supported in raising a challenge irrespective of the seniority or status of the practitioner who made the decision.',
    // 1.6
    'Many challenges are resolved informally by contact between the professional raising the challenge (or their manager) and the agency receiving it, and end there.',
    // 2 (second list, numbered "1.2" in the source): "The following stages are likely to be involved".
    'Identify the area of disagreement, recognise that it is a significant issue for the safety and wellbeing of a child, an adult at risk or a family member, identify the problem and its possible cause, and what needs to be achieved to resolve it.',
    // 2.3
    'Resolve the disagreement as quickly and openly as possible, within a time frame which clearly protects the child or the adult at risk, determined on a case-by-case basis.',
    // 2.4
    'Where concerns need to be raised with another organisation, escalate as soon as possible and record the discussions clearly.',
  ],
  stages: [
    {
      // 4. Guidance, Stage 1.
      number: 1,
      title: 'Practitioner to decision-maker',
      involved: {
        raising: ['The practitioner who is unhappy about the decision, action or inaction'],
        receiving: ['The person or agency who made the decision or took the action'],
      },
      guidance: [
        'Obtain details of the rationale for the decision.',
        'Express your views and concerns, and outline the reasons for disagreement.',
        'Attempt to achieve a shared understanding of the issues raised.',
        'Agree a plan of action to be implemented.',
        'Work with an open and honest approach; the discussion must take place as soon as possible.',
      ],
      recordOrSend: [
        'A record of the reason for disagreement, what was discussed and what was agreed.',
        'An email following up the telephone conversation, summarising the key points.',
      ],
      notify: [],
      timeframe: { kind: 'working-days', days: 1 },
      timeframeNote:
        '"This discussion must take place as soon as possible … This should be completed within one working day."',
    },
    {
      // 4. Guidance, Stage 2.
      number: 2,
      title: 'Line manager to line manager',
      entryCondition: 'If the issue cannot be resolved at Stage 1.',
      involved: {
        raising: ['Your line manager / Named Practitioner / Designated Safeguarding Lead'],
        receiving: [
          "The receiving professional's line manager / Named Practitioner / Designated Safeguarding Lead",
        ],
      },
      guidance: [
        'Discuss the issue immediately with your line manager, Named Practitioner or Designated Safeguarding Lead.',
        'Your line manager reviews the concerns and, if justified, liaises with the line manager of the professional receiving the challenge to attempt to reach a resolution.',
      ],
      recordOrSend: [],
      notify: ['Your line manager / Named Practitioner / Designated Safeguarding Lead'],
      timeframe: { kind: 'working-days', days: 3 },
      timeframeNote: '"Where possible, this should be completed within 3 working days."',
    },
    {
      // 4. Guidance, Stage 3; Appendix 1.
      number: 3,
      title: 'Interagency meeting',
      entryCondition:
        'If the issue is not resolved at Stage 2 and the manager deems an interagency meeting appropriate.',
      involved: {
        raising: ['You and your manager'],
        receiving: ['The agency receiving the challenge'],
      },
      guidance: [
        'Arrange an interagency meeting to discuss the differing views, if your manager deems it appropriate.',
        'Reach agreement on who should attend.',
        'Make a clear record of the discussion, the agreed outcomes/actions and any outstanding issues, and capture the next steps.',
      ],
      recordOrSend: [
        'The Professional Challenge Recording Tool (Appendix 1), completed.',
        `A copy of the Recording Tool to the DSP Business Unit (${BUSINESS_UNIT_EMAIL}) for recording purposes.`,
      ],
      notify: [`DSP Business Unit (${BUSINESS_UNIT_EMAIL})`],
      // Stage 3 gives no timeframe.
      timeframe: { kind: 'none' },
    },
    {
      // 4. Guidance, Stage 4.
      number: 4,
      title: 'Head of Service to Head of Service',
      entryCondition: 'If the issue cannot be resolved at Stage 3.',
      involved: {
        raising: ['You and/or your manager', 'Your Head of Service'],
        receiving: ["The receiving agency's Head of Service"],
      },
      guidance: [
        'Escalate to your Head of Service, who will contact the other agency’s Head of Service to attempt to resolve the issue.',
        'The interests of the child or adult at risk take precedence over professional stalemate.',
      ],
      // Appendix 1 "Date Resolved or if not resolved, next steps"; 4.2 "any decisions made at Stage 4".
      recordOrSend: ['The decisions made at Stage 4 (needed for the Stage 5 report).'],
      notify: ['Your Head of Service'],
      timeframe: { kind: 'as-soon-as-possible' },
      timeframeNote: '"a decision to be reached as soon as possible"',
    },
    {
      // 4. Stage 5: 4.1–4.3.
      number: 5,
      title: 'Statutory Safeguarding Partners / Independent Scrutineer',
      entryCondition: 'If the issue cannot be resolved at Stages 1–4.',
      involved: {
        raising: ['The designated lead/manager for the agency which raised the challenge'],
        receiving: [
          'DSP Business Unit',
          'Lead Safeguarding Partners / Independent Scrutineer / Chair of Darlington Safeguarding Partnership',
        ],
      },
      guidance: [
        'Your agency’s designated lead/manager reports the challenge to the Business Unit, using the Recording Tool and any decisions made at Stage 4.',
        'The Business Unit shares the details with the Lead Safeguarding Partners / Independent Scrutineer / Chair of DSP, who make the ultimate decision on the next course of action.',
      ],
      recordOrSend: [`The answers to the five reporting questions, emailed to ${BUSINESS_UNIT_EMAIL}.`],
      notify: [`DSP Business Unit (${BUSINESS_UNIT_EMAIL})`],
      // Stage 5 gives no timeframe.
      timeframe: { kind: 'none' },
    },
  ],
  // 4.1: "when it becomes necessary to move to Stage 5 in the flowchart".
  reportingThresholdStage: 5,
  // 4.2
  reportingQuestions: [
    'What was the challenge?',
    'What was done to address the challenge?',
    'What was the outcome of these actions?',
    'How was the issue resolved?',
    'Are the professionals involved satisfied with the outcome?',
  ],
  reportingBy: 'The designated lead/manager for the agency which raised the challenge', // 4.2
  // Appendix 1, Business Unit box: "scorecards for quarterly reporting into Lead Safeguarding Partners";
  // 7.1 adds the DSP Annual Report.
  reportingCadence: 'quarterly',
  reportTo: { name: 'DSP Business Unit', email: BUSINESS_UNIT_EMAIL }, // 4.2
  // 1.4: "Disagreements can arise in a number of areas … such as".
  areasOfDisagreement: [
    { id: 'response-to-safeguarding-concern', label: 'Response to a safeguarding concern' },
    { id: 'threshold-decisions', label: 'Perceived levels of risk - threshold decisions' },
    { id: 'not-recognising-signs-of-harm', label: 'Not recognising the signs of harm' },
    { id: 'outcomes-of-assessments', label: 'Outcomes of assessments' },
    { id: 'mental-capacity', label: 'Mental capacity issues' },
    { id: 'consent-and-best-interests', label: 'Issues concerning consent and best interest decisions' },
    {
      id: 'decision-making',
      label: 'Decision making',
      description:
        'Decision making – including to convene a meeting/strategy discussion or during multi-agency safeguarding meetings',
    },
    { id: 'roles-and-responsibilities', label: 'Roles and responsibilities of practitioners' },
    { id: 'service-provision', label: 'Service provision' },
    {
      id: 'information-sharing',
      label: 'Information sharing and communication',
      description:
        'Information sharing and communication in relation to practice, or actions which may not effectively ensure the safety or well-being of a child or adult with care and support needs, or others within the family, including children',
    },
    { id: 'recording-practices', label: 'Recording practices' },
    {
      id: 'executive-strategy-process',
      label: 'Executive Strategy Process',
      description:
        'Decisions regarding implementation and/or responding to and addressing the Executive Strategy Process (serious safeguarding concerns in organisational settings)',
    },
  ],
  specialRoutes: [
    {
      // Section 5.
      id: 'child-protection-conference-non-compliance',
      title: 'Challenging professional non-compliance within the Child Protection Conference process',
      appliesWhen: 'child-protection-conference',
      guidance: [
        // 5.1
        'The lead practitioner (Social Worker) decides what action to take following section 47 enquiries, based on multi-agency discussions informed by the voice of the child.',
        // 5.2
        "If Children's Social Care decides not to proceed with a child protection conference, you have the right to request that a conference is convened if you have serious concerns that the child's welfare may not be adequately safeguarded.",
        // 5.3
        'Challenge non-compliance where professionals are not sharing information in line with national and local guidance or not working within the DSP procedures: missing information at conference or reviews, or not sharing with parents, can put the child at risk.',
        // 5.3: "professionals should follow the procedures as outlined on page 6".
        'Use the stages of this procedure.',
      ],
      reference: 'Working Together to Safeguard Children 2023 (p.91)',
    },
    {
      // Section 6.
      id: 'adult-strategy-meeting-outcome',
      title:
        'Challenging the outcome of an Adult Safeguarding Planning (Strategy) meeting or a Safeguarding Review',
      appliesWhen: 'adult-strategy-meeting',
      guidance: [
        // 6.1
        'Safeguarding Adult Managers (SAMs) in the Local Authority have overall responsibility for managing safeguarding arrangements for adults with care and support needs who may be at risk of abuse or neglect.',
        // 6.2
        'If you disagree with the outcome of an Adult Safeguarding Planning (Strategy) meeting or a review meeting, you have the right to challenge the decision under this procedure.',
        // 6.3
        'Challenge non-compliance where professionals are not sharing information appropriately or not working within the DSP procedures: missing information at planning (strategy) meetings and reviews, or not sharing with carers and family members, can affect the adult.',
        // 6.3: "professionals should follow the procedures as outlined on page 6".
        'Use the stages of this procedure.',
      ],
      reference: 'Care Act 2014 and Care and Support Statutory Guidance',
    },
  ],
  immediateRisk: {
    // 1.4, 2.3, 3, 4 and Appendix 1 all repeat this line.
    message:
      'At no time must professional disagreement detract from ensuring that a child or an adult at risk is safeguarded.',
    guidance: [
      // 2.3
      'Escalate any unresolved issue with due consideration to the safety and wellbeing of the individual, within a time frame which clearly protects the child or the adult at risk.',
      // 2.4
      'Where the concern lies with another organisation, escalate as soon as possible and record the discussions clearly.',
      // Stage 4
      'The interests of the child or adult at risk take precedence over professional stalemate.',
    ],
    // The procedure never provides for starting at a later stage; it asks for speed at every stage instead.
    stagesMayBeSkipped: false,
  },
  recordingTool: darlingtonRecordingTool,
};
