/**
 * AdultCare Connect: an adult safeguarding strategy-meeting outcome record (demo:
 * tests/demo-site/pages/adultcare/strategy-meeting/ASC-7781.html). The "decision" is the meeting's
 * outcome; the decision-maker is the chair.
 */
import { cleanReference, joinParts, textAt, unlabelledTextAt } from './page-reading';
import type { CaseAdapter } from './types';

/**
 * Every selector AdultCare Connect's pages must match (fixture: ASC-7781.html) is written where its
 * field is read, once: the content script's 10 KB budget has no room for a table of names as well.
 */
export const adultcareAdapter: CaseAdapter = {
  matches: (url) => url.pathname.startsWith('/adultcare/'),
  detect(doc) {
    // `<dd data-field="record-ref">ASC-7781</dd>` under "Record number"
    const caseReference = cleanReference(textAt(doc, '.record-summary [data-field="record-ref"]'));
    if (!caseReference) return null;
    return {
      system: 'AdultCare Connect',
      caseReference,
      subject: textAt(doc, '.record-summary [data-field="adult-name"]'),
      // `<p class="outcome-text" data-field="outcome">Outcome: …</p>`
      decision: unlabelledTextAt(doc, '.meeting-outcome [data-field="outcome"]', /outcome/),
      decisionMaker: joinParts(
        textAt(doc, '.meeting-outcome [data-field="chair-name"]'),
        textAt(doc, '.meeting-outcome [data-field="chair-role"]'),
      ),
      decisionTeam: textAt(doc, '.meeting-outcome [data-field="chair-agency"]'),
    };
  },
};
