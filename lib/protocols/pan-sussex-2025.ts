import type { ProtocolInput } from './protocol-schema';

/**
 * Pan Sussex Safeguarding Children Partnerships, "Professional Challenge & Resolving Professional
 * Differences Guidance", reviewed January 2025.
 * Source: protocol-sources/pan-sussex-professional-challenge-rpd-guidance-2025.txt.
 * Each comment names the section of that document the field encodes.
 */

// Section 2: "At each stage the person escalating should clearly state the timeframe in which for a
// resolution should be reached before it is escalated to the next stage."
const SET_BY_ESCALATOR = { kind: 'set-by-escalator' } as const;
const ESCALATOR_NOTE =
  '"At each stage the person escalating should clearly state the timeframe in which for a resolution should be reached before it is escalated to the next stage."';

export const panSussex2025: ProtocolInput = {
  id: 'pan-sussex-2025',
  name: 'Professional Challenge & Resolving Professional Differences Guidance',
  // Stage 5 heading names the three partnerships.
  partnership: 'Pan Sussex Safeguarding Children Partnerships (BHSCP, ESSCP, WSSCP)',
  // Title: "Reviewed January 2025"; the document carries no version number.
  version: 'Reviewed January 2025',
  date: '2025-01',
  source: {
    title:
      'Pan Sussex Safeguarding Children Partnerships: Professional Challenge & Resolving Professional Differences Guidance (reviewed January 2025)',
    file: 'pan-sussex-professional-challenge-rpd-guidance-2025.txt',
  },
  // Introduction: "disagreements over the handling of concerns relating to children and families".
  covers: ['children'],
  // Section 1 "If you have difference of opinion with another professional, remember:".
  principles: [
    'Respectful challenge can be a catalyst for change.',
    'Challenge is a key feature of advocacy for a child: children and young people often cannot effectively challenge and need practitioners who will do so.',
    'All professionals are responsible for their own cases, and their actions in relation to case work.',
    'Decide what, when and how to challenge, in a way that remains child-focused; talk with your manager.',
    'Respect the views of others whatever the level of experience; challenging more senior or experienced practitioners can be hard.',
    'Aim to be confident, assertive, focused, calm, clear, evidence based, persistent, determined, child focused, boundaried, grounded, respectful, tactful, honest and balanced; it helps if some common ground can be established.',
    'Challenge need not be destructive: it can be motivational and based upon concern.',
    'Resolve differences as simply and quickly as possible, in the first instance between individual practitioners and/or their line managers.',
  ],
  stages: [
    {
      // Section 2, Stage 1 Professional to Professional.
      number: 1,
      title: 'Professional to Professional',
      involved: {
        raising: ['The professional who is unhappy about the decision/action'],
        receiving: ['The professional who made the decision/took the action'],
      },
      guidance: [
        'Contact the professional who made the decision or took the action to express your views and concern, and discuss/explore the basis of that decision.',
        'Be specific and evidence based about what the difference of opinion is and how it affects the outcomes for the child.',
        'State clearly the timeframe within which a resolution should be reached before you escalate.',
      ],
      recordOrSend: ['Records of discussions, maintained by all the agencies involved.'],
      notify: [],
      timeframe: SET_BY_ESCALATOR,
      timeframeNote: ESCALATOR_NOTE,
    },
    {
      // Section 2, Stage 2 Manager to Manager; footnote 1.
      number: 2,
      title: 'Manager to Manager',
      entryCondition:
        'If you are unable to resolve the difference through discussion and/or meeting within a time scale acceptable to all parties.',
      involved: {
        raising: ['Your line manager'],
        receiving: ["The other professional's line manager"],
      },
      guidance: [
        'The disagreement must now be addressed by more experienced / more senior staff: raise it with your line manager, in writing or verbally.',
        "Line managers should seek advice from their agency's nominated / designated safeguarding lead.",
        'State clearly the timeframe within which a resolution should be reached before you escalate.',
      ],
      recordOrSend: ['A written record of the issue raised, the action taken and the outcome for the child.'],
      notify: ['Your line manager', "Your agency's nominated / designated safeguarding lead (for advice)"],
      timeframe: SET_BY_ESCALATOR,
      timeframeNote: ESCALATOR_NOTE,
    },
    {
      // Section 2, Stage 3 Senior Manager to Senior Manager.
      number: 3,
      title: 'Senior Manager to Senior Manager',
      entryCondition: "If agreement cannot be reached between the 'first line' managers.",
      involved: {
        raising: [
          'Your Head of Service / detective inspector / head teacher / Named Doctor or Nurse (or equivalent)',
        ],
        receiving: [
          "The other agency's Head of Service / detective inspector / head teacher / Named Doctor or Nurse (or equivalent)",
        ],
      },
      guidance: [
        'Refer the issue without delay through line management to the equivalent of Head of Service / detective inspector / head teacher / Named Doctor or Nurse.',
        'The two senior managers must attempt to resolve the difference through discussion, focusing on outcomes for the child.',
        'State clearly the timeframe within which a resolution should be reached before you escalate.',
      ],
      recordOrSend: [],
      notify: ['Your Head of Service or equivalent senior manager'],
      timeframe: SET_BY_ESCALATOR,
      timeframeNote: `The referral itself must be made "without delay". ${ESCALATOR_NOTE}`,
    },
    {
      // Section 2, Stage 4 Professional Leads for Safeguarding.
      number: 4,
      title: 'Professional Leads for Safeguarding',
      entryCondition:
        'If serious professional disagreements remain unresolved and/or the discussions raise significant policy issues.',
      involved: {
        raising: [
          "Your agency's professional lead for safeguarding and child protection (senior child protection manager / Designated Doctor or Nurse)",
        ],
        receiving: [
          "The other agency's professional lead for safeguarding and child protection (senior child protection manager / Designated Doctor or Nurse)",
        ],
      },
      guidance: [
        'Raise the matter with the professional leads for safeguarding and child protection within the agencies involved, including the senior child protection manager / Designated Doctor or Nurse.',
        'State clearly the timeframe within which a resolution should be reached before you escalate.',
      ],
      recordOrSend: [],
      notify: ["Your agency's professional lead for safeguarding and child protection"],
      timeframe: SET_BY_ESCALATOR,
      timeframeNote: ESCALATOR_NOTE,
    },
    {
      // Section 2, Stage 5 Escalation to the Safeguarding Children Partnership (BHSCP, ESSCP, WSSCP).
      number: 5,
      title: 'Escalation to the Safeguarding Children Partnership',
      entryCondition:
        'If the steps above do not resolve the issue, and/or the discussions raise significant policy/procedure issues, and/or a number of similar concerns or disagreements have been recorded.',
      involved: {
        raising: ["Your agency's professional lead for safeguarding"],
        receiving: [
          'An Independent Scrutineer commissioned by the Safeguarding Children Partnership(s)',
          'The Directors / Chief Executives of the three Safeguarding Partners',
        ],
      },
      guidance: [
        'Refer the matter to an Independent Scrutineer commissioned by the Safeguarding Children Partnership(s), who determines the appropriate process for resolution.',
        'This includes raising the issue with the Directors / Chief Executives of the three Safeguarding Partners.',
      ],
      recordOrSend: [],
      notify: ['Independent Scrutineer commissioned by the Safeguarding Children Partnership(s)'],
      timeframe: SET_BY_ESCALATOR,
      timeframeNote: ESCALATOR_NOTE,
    },
    {
      // Section 2, Stage 6 Escalation to the Secretary of State.
      number: 6,
      title: 'Escalation to the Secretary of State',
      entryCondition:
        'If the Independent Scrutineer considers the leadership arrangements weak or malfunctioning and all attempts at resolution have failed.',
      involved: {
        raising: ['The Independent Scrutineer commissioned by the Safeguarding Children Partnership'],
        receiving: ['The Secretary of State'],
      },
      guidance: [
        'Legislation allows the Secretary of State to take enforcement action against any agency that is not meeting its statutory obligations as part of local safeguarding arrangements.',
      ],
      recordOrSend: [],
      notify: [],
      timeframe: SET_BY_ESCALATOR,
      timeframeNote: `${ESCALATOR_NOTE} At this stage the escalation is made by the Independent Scrutineer.`,
    },
  ],
  // The guidance names no reporting threshold; Stage 5 is where the matter first reaches the Partnership.
  reportingThresholdStage: 5,
  // The guidance lists no reporting questions.
  reportingQuestions: [],
  reportTo: { name: 'Independent Scrutineer commissioned by the Safeguarding Children Partnership(s)' }, // Stage 5
  // Introduction: "Differences are most likely to arise in relation to".
  areasOfDisagreement: [
    { id: 'referral-criteria-and-levels-of-need', label: 'Criteria for referrals and levels of need' },
    { id: 'outcomes-of-assessments', label: 'Outcomes of assessments' },
    { id: 'need-for-action', label: 'The need for action' },
    { id: 'roles-and-responsibilities', label: 'Roles and responsibilities of workers' },
    { id: 'service-provision', label: 'Service provision' },
    { id: 'timeliness-of-interventions', label: 'Timeliness of interventions' },
    { id: 'information-sharing', label: 'Information sharing and communication' },
  ],
  // Section 2, closing list: "See Resolving Professional Differences – Sussex Child Protection and
  // Safeguarding Procedures Manual (7.2) for information on …"; Introduction for the child-protection route.
  specialRoutes: [
    {
      id: 'dissent-decision-to-call-conference',
      title: 'Dissent with decision to call a Child Protection Conference',
      appliesWhen: 'child-protection-conference',
      guidance: [
        'Follow Resolving Professional Differences in the Child Protection Process (Sussex Child Protection and Safeguarding Procedures Manual, 7.2).',
        'You may call for a child protection conference or review conference: professionals in all agencies have a responsibility to act without delay to safeguard the child.',
      ],
      reference:
        'Resolving Professional Differences – Sussex Child Protection and Safeguarding Procedures Manual (7.2)',
    },
    {
      id: 'dissent-at-conference',
      title: 'Professional Dissent at a Child Protection Conference',
      appliesWhen: 'child-protection-conference',
      guidance: [
        'Follow Resolving Professional Differences in the Child Protection Process (Sussex Child Protection and Safeguarding Procedures Manual, 7.2).',
      ],
      reference:
        'Resolving Professional Differences – Sussex Child Protection and Safeguarding Procedures Manual (7.2)',
    },
    {
      id: 'dissent-child-protection-plan',
      title: 'Dissent regarding the implementation of the Child Protection Plan',
      appliesWhen: 'child-protection-plan',
      guidance: [
        'Follow Resolving Professional Differences in the Child Protection Process (Sussex Child Protection and Safeguarding Procedures Manual, 7.2).',
        'Where concerns about the child’s safety remain and the management of them seems inadequate to protect the child, initiate that process.',
      ],
      reference:
        'Resolving Professional Differences – Sussex Child Protection and Safeguarding Procedures Manual (7.2)',
    },
  ],
  immediateRisk: {
    // Introduction: "It is essential that where differences of opinion arise they do not adversely affect the
    // outcomes for children and young people".
    message:
      'Differences of opinion must not adversely affect the outcomes for children and young people: act without delay to safeguard the child.',
    guidance: [
      // Section 1, first paragraph.
      'Act without delay to safeguard the child, e.g. by calling for a case to be allocated, for a strategy meeting / discussion, for a core group meeting or for a child protection conference or review conference.',
      // Section 1, last bullet.
      'If a child is thought to be at risk of immediate harm, use your discretion as to which stage to start at.',
    ],
    // Section 1: "discretion should be used as to which stage (overleaf) is initiated".
    stagesMayBeSkipped: true,
  },
};
