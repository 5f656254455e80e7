/**
 * CaseBook: a server-rendered children's social care record (demo: tests/demo-site/pages/casebook/,
 * and the hostile page, which uses CaseBook's markup under /hostile/).
 */
import { cleanReference, joinParts, labelledValue, textAt, unlabelledTextAt } from './page-reading';
import type { CaseAdapter } from './types';

/** Every selector CaseBook's pages must match, next to the field it reads (fixture: CR-204871.html). */
const SELECTORS = {
  /** `<dl class="case-summary"><dt>Case reference</dt><dd>CR-204871</dd>` */
  summary: 'dl.case-summary',
  /** `<h1 class="case-title">Case record: <span class="case-subject-name">` */
  subject: '.case-title .case-subject-name',
  /** `<section class="decision-panel"><p class="decision-text">Decision: …</p>` */
  decision: '.decision-panel .decision-text',
  decisionMaker: '.decision-panel .decision-maker',
  decisionRole: '.decision-panel .decision-role',
  decisionTeam: '.decision-panel .decision-team',
} as const;

export const casebookAdapter: CaseAdapter = {
  id: 'casebook',
  name: 'CaseBook',
  matches: (url) => /^\/(?:casebook|hostile)\//.test(url.pathname),
  detect(doc) {
    const summary = doc.querySelector(SELECTORS.summary);
    const caseReference = summary ? cleanReference(labelledValue(summary, /case reference/)) : undefined;
    if (!caseReference) return null;
    return {
      system: 'CaseBook',
      caseReference,
      subject: textAt(doc, SELECTORS.subject) ?? labelledValue(summary!, /subject/),
      decision: unlabelledTextAt(doc, SELECTORS.decision, /decision/),
      decisionMaker: joinParts(textAt(doc, SELECTORS.decisionMaker), textAt(doc, SELECTORS.decisionRole)),
      decisionTeam: textAt(doc, SELECTORS.decisionTeam),
    };
  },
};
