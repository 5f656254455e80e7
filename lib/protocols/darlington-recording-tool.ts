import type { ProtocolInput } from './protocol-schema';

/**
 * Darlington DSP 2024, Appendix 1 "Professional Challenge Recording Tool" (Level 3): every box of the
 * form, in the form's order, with its label exactly as printed. Where one row of the form holds several
 * boxes, `group` is the row's heading and `label` the box's own label.
 */
export const darlingtonRecordingTool: NonNullable<ProtocolInput['recordingTool']> = {
  title: 'Professional Challenge Recording Tool',
  // Appendix 1 NOTE; Stage 3: "…should be made using the Professional Challenge Recording Tool (Appendix 1)".
  usedAtStage: 3,
  note: 'NOTE: Only to be used at Stage 3 of Procedure, after attempts to resolve at Stage 1 & 2 have been exhausted.',
  // Stage 3: "A copy of the recording tool should be shared with the DSP Business Unit (DSP@darlington.gov.uk)".
  sendTo: { name: 'DSP Business Unit', email: 'DSP@darlington.gov.uk' },
  sections: [
    {
      id: 'challenge',
      title: 'Professional Challenge Recording Tool',
      completedBy: 'practitioner',
    },
    {
      id: 'business-unit',
      title: 'To be completed by DSP Business Unit only:',
      completedBy: 'partnership',
      note: 'Ensure details are captured within Performance reporting and included in scorecards for quarterly reporting into Lead Safeguarding Partners.',
    },
  ],
  fields: [
    { id: 'date-challenge-raised', label: 'Date Challenge raised:', kind: 'date', section: 'challenge' },
    {
      id: 'initiated-by-name',
      label: 'Name:',
      kind: 'text',
      section: 'challenge',
      group: 'Challenge initiated by:',
    },
    {
      id: 'initiated-by-job-role',
      label: 'Job Role:',
      kind: 'text',
      section: 'challenge',
      group: 'Challenge initiated by:',
    },
    {
      id: 'initiated-by-organisation',
      label: 'Organisation:',
      kind: 'text',
      section: 'challenge',
      group: 'Challenge initiated by:',
    },
    {
      id: 'raised-with-name',
      label: 'Name:',
      kind: 'text',
      section: 'challenge',
      group: 'Who issue raised with and organisation:',
    },
    {
      id: 'raised-with-job-role',
      label: 'Job Role:',
      kind: 'text',
      section: 'challenge',
      group: 'Who issue raised with and organisation:',
    },
    {
      id: 'raised-with-organisation',
      label: 'Organisation:',
      kind: 'text',
      section: 'challenge',
      group: 'Who issue raised with and organisation:',
    },
    {
      id: 'area-of-disagreement',
      label: 'What is the area of disagreement:',
      kind: 'multiline',
      section: 'challenge',
    },
    {
      id: 'monitoring-activity',
      label: 'Details of any Monitoring Activity:',
      kind: 'multiline',
      section: 'challenge',
      hint: '(including details of attempts to resolve at Level 1 and 2 of Procedure) i.e. recording of discussions, meetings, or email exchange and with whom)',
    },
    {
      id: 'barriers-to-resolution',
      label: 'What do you see as the barriers towards reaching a resolution?',
      kind: 'multiline',
      section: 'challenge',
    },
    {
      id: 'manager-agreement-name',
      label: 'Manager Agreement (Name):',
      kind: 'text',
      section: 'challenge',
      group: 'Manager agreement to hold interagency meeting and who to invite:',
    },
    {
      id: 'manager-agreement-date',
      label: 'Date:',
      kind: 'date',
      section: 'challenge',
      group: 'Manager agreement to hold interagency meeting and who to invite:',
    },
    {
      id: 'agencies-to-invite',
      label: 'Agencies to invite:',
      kind: 'multiline',
      section: 'challenge',
      group: 'Manager agreement to hold interagency meeting and who to invite:',
    },
    {
      // One box on the form, holding both the date and the account of the meeting.
      id: 'meeting-held-and-outcome',
      label:
        'Date meeting held and details of discussion and agreed outcome/actions – record details of any outstanding issues:',
      kind: 'multiline',
      section: 'challenge',
    },
    {
      id: 'date-resolved-or-next-steps',
      label: 'Date Resolved or if not resolved, next steps (i.e. escalated to Head of Service – Level 4):',
      kind: 'multiline',
      section: 'challenge',
    },
    {
      id: 'business-unit-id-number',
      label: 'ID Number:',
      kind: 'text',
      section: 'business-unit',
      group:
        'Individual ID Number – All cases to be entered on Professional Challenge Log for recording purposes',
    },
    {
      id: 'business-unit-date-recorded',
      label: 'Date recorded:',
      kind: 'date',
      section: 'business-unit',
      group:
        'Individual ID Number – All cases to be entered on Professional Challenge Log for recording purposes',
    },
    {
      // The form's hint "i.e. Stage 3,4 or 5" names the only possible answers: the tool is used from Stage 3.
      id: 'stage-resolved',
      label: 'Details of the stage of the process this issue was resolved – i.e. Stage 3,4 or 5',
      kind: 'choice',
      section: 'business-unit',
      options: ['Stage 3', 'Stage 4', 'Stage 5'],
    },
  ],
};
