/**
 * AdultCare Connect: an adult safeguarding strategy-meeting outcome record (demo:
 * tests/demo-site/pages/adultcare/strategy-meeting/ASC-7781.html). The "decision" is the meeting's
 * outcome; the decision-maker is the chair.
 */
import { cleanReference, joinParts, textAt, unlabelledTextAt } from './page-reading';
import type { CaseAdapter } from './types';

/** Every selector AdultCare Connect's pages must match (fixture: ASC-7781.html). */
const SELECTORS = {
  /** `<dd data-field="record-ref">ASC-7781</dd>` under "Record number" */
  reference: '.record-summary [data-field="record-ref"]',
  subject: '.record-summary [data-field="adult-name"]',
  /** `<p class="outcome-text" data-field="outcome">Outcome: …</p>` */
  outcome: '.meeting-outcome [data-field="outcome"]',
  chairName: '.meeting-outcome [data-field="chair-name"]',
  chairRole: '.meeting-outcome [data-field="chair-role"]',
  chairAgency: '.meeting-outcome [data-field="chair-agency"]',
} as const;

export const adultcareAdapter: CaseAdapter = {
  id: 'adultcare',
  name: 'AdultCare Connect',
  matches: (url) => url.pathname.startsWith('/adultcare/'),
  detect(doc) {
    const caseReference = cleanReference(textAt(doc, SELECTORS.reference));
    if (!caseReference) return null;
    return {
      system: 'AdultCare Connect',
      caseReference,
      subject: textAt(doc, SELECTORS.subject),
      decision: unlabelledTextAt(doc, SELECTORS.outcome, /outcome/),
      decisionMaker: joinParts(textAt(doc, SELECTORS.chairName), textAt(doc, SELECTORS.chairRole)),
      decisionTeam: textAt(doc, SELECTORS.chairAgency),
    };
  },
};
