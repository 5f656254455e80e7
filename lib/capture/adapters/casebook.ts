/**
 * CaseBook: a server-rendered children's social care record (demo: tests/demo-site/pages/casebook/,
 * and the hostile page, which uses CaseBook's markup under /hostile/).
 */
import { cleanReference, joinParts, labelledValue, textAt, unlabelledTextAt } from './page-reading';
import type { CaseAdapter } from './types';

/**
 * Every selector CaseBook's pages must match (fixture: CR-204871.html) is written where its field is
 * read, once: the content script's 10 KB budget has no room for a table of names as well.
 */
export const casebookAdapter: CaseAdapter = {
  matches: (url) => /^\/(?:casebook|hostile)\//.test(url.pathname),
  detect(doc) {
    // `<dl class="case-summary"><dt>Case reference</dt><dd>CR-204871</dd>`
    const summary = doc.querySelector('dl.case-summary');
    const caseReference = summary ? cleanReference(labelledValue(summary, /case reference/)) : undefined;
    if (!caseReference) return null;
    return {
      system: 'CaseBook',
      caseReference,
      // `<h1 class="case-title">Case record: <span class="case-subject-name">`
      subject: textAt(doc, '.case-title .case-subject-name') ?? labelledValue(summary!, /subject/),
      // `<section class="decision-panel"><p class="decision-text">Decision: …</p>`
      decision: unlabelledTextAt(doc, '.decision-panel .decision-text', /decision/),
      decisionMaker: joinParts(
        textAt(doc, '.decision-panel .decision-maker'),
        textAt(doc, '.decision-panel .decision-role'),
      ),
      decisionTeam: textAt(doc, '.decision-panel .decision-team'),
    };
  },
};
