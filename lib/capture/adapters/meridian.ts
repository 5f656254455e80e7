/**
 * Meridian Case Manager: a single-page app (demo: tests/demo-site/pages/meridian/; rendered snapshots
 * in tests/fixtures/pages/). Its markup contract is `data-field` attributes. The case page
 * (`/meridian/cases/MER-55012`) shows a workflow whose current step may carry the decision; the
 * referral decision form is a same-origin iframe (`/meridian/frames/referral-form.html?case=…`) that
 * the content script sees as its own frame, so both are read here.
 */
import { cleanReference, joinParts, textAt, unlabelledTextAt } from './page-reading';
import type { CaseAdapter } from './types';

/**
 * Every selector Meridian's pages must match is written where its field is read (the content script's
 * 10 KB budget has no room for a table of names as well); only the decision field is read twice.
 */
const DECISION = '[data-field="decision"]';

/** "Outcome: …", "Referral decision: …" */
const DECISION_LABEL = /(?:referral\s+)?(?:decision|outcome)/;

export const meridianAdapter: CaseAdapter = {
  matches: (url) => url.pathname.startsWith('/meridian/'),
  detect(doc) {
    // `<article class="mer-case">` on the case page, `<form class="rf-form">` in the frame.
    if (!doc.querySelector('.mer-case, .rf-form')) return null;
    const caseReference = cleanReference(textAt(doc, '[data-field="case-ref"]'));
    if (!caseReference) return null;
    const decided = decisionScope(doc);
    return {
      system: 'Meridian Case Manager',
      caseReference,
      subject: textAt(doc, '[data-field="subject-name"]'),
      ...(decided && {
        decision: unlabelledTextAt(decided, DECISION, DECISION_LABEL),
        decisionMaker: joinParts(
          textAt(decided, '[data-field="decision-maker"]'),
          textAt(decided, '[data-field="decision-role"]'),
        ),
        decisionTeam: textAt(decided, '[data-field="decision-team"]'),
      }),
    };
  },
};

/** Where the decision is: the frame's form, else the current step if it is a decision, else the latest decided step. */
function decisionScope(doc: Document): Element | null {
  // The referral decision form's recorded decision.
  const form = doc.querySelector('.rf-decision');
  if (form) return form;
  // Workflow steps; a decision step carries `data-field="decision"`, the current one `aria-current="step"`.
  const decided = [...doc.querySelectorAll('.mer-step')].filter((step) => step.querySelector(DECISION));
  return (
    decided.find((step) => step.getAttribute('aria-current') === 'step') ??
    decided[decided.length - 1] ??
    null
  );
}
