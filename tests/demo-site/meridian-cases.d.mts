// Types for meridian-cases.mjs: the JSON the Meridian SPA's API serves.

export interface MeridianPerson {
  name: string;
  role: string;
  team: string;
}

export interface MeridianWorkflowStep {
  id: string;
  name: string;
  state: 'done' | 'current' | 'skipped' | 'pending';
  /** `YYYY-MM-DD`, or null for a step that has not happened. */
  date: string | null;
  text: string;
  /** Set on the step that records a decision; its text is the decision. */
  decidedBy: MeridianPerson | null;
}

export interface MeridianCase {
  ref: string;
  status: string;
  openedOn: string;
  updatedOn: string;
  subject: { name: string; dateOfBirth: string; gender: string; address: string };
  allocatedWorker: MeridianPerson;
  steps: MeridianWorkflowStep[];
  referralDecision: { text: string; reasons: string; decidedBy: MeridianPerson; date: string };
  notes: { date: string; author: string; text: string }[];
}

export interface MeridianCaseSummary {
  ref: string;
  subjectName: string;
  currentStep: string;
  status: string;
  allocatedWorker: string;
  updatedOn: string;
}

export const MERIDIAN_CASES: MeridianCase[];
export function findMeridianCase(ref: string): MeridianCase | undefined;
export function listMeridianCases(): MeridianCaseSummary[];
