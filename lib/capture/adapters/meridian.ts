/**
 * Meridian Case Manager: a single-page app (demo: tests/demo-site/pages/meridian/; rendered snapshots
 * in tests/fixtures/pages/). Its markup contract is `data-field` attributes. The case page
 * (`/meridian/cases/MER-55012`) shows a workflow whose current step may carry the decision; the
 * referral decision form is a same-origin iframe (`/meridian/frames/referral-form.html?case=…`) that
 * the content script sees as its own frame, so both are read here.
 */
import { cleanReference, joinParts, textAt, unlabelledTextAt } from './page-reading';
import type { CaseAdapter } from './types';

const SELECTORS = {
  /** `<article class="mer-case">` on the case page, `<form class="rf-form">` in the frame. */
  record: '.mer-case, .rf-form',
  reference: '[data-field="case-ref"]',
  subject: '[data-field="subject-name"]',
  /** Workflow steps; a decision step carries `data-field="decision"`, the current one `aria-current="step"`. */
  steps: '.mer-step',
  /** The referral decision form's recorded decision. */
  formDecision: '.rf-decision',
  decision: '[data-field="decision"]',
  decisionMaker: '[data-field="decision-maker"]',
  decisionRole: '[data-field="decision-role"]',
  decisionTeam: '[data-field="decision-team"]',
} as const;

/** "Outcome: …", "Referral decision: …" */
const DECISION_LABEL = /(?:referral\s+)?(?:decision|outcome)/;

export const meridianAdapter: CaseAdapter = {
  id: 'meridian',
  name: 'Meridian Case Manager',
  matches: (url) => url.pathname.startsWith('/meridian/'),
  detect(doc) {
    if (!doc.querySelector(SELECTORS.record)) return null;
    const caseReference = cleanReference(textAt(doc, SELECTORS.reference));
    if (!caseReference) return null;
    const decided = decisionScope(doc);
    return {
      system: 'Meridian Case Manager',
      caseReference,
      subject: textAt(doc, SELECTORS.subject),
      ...(decided && {
        decision: unlabelledTextAt(decided, SELECTORS.decision, DECISION_LABEL),
        decisionMaker: joinParts(
          textAt(decided, SELECTORS.decisionMaker),
          textAt(decided, SELECTORS.decisionRole),
        ),
        decisionTeam: textAt(decided, SELECTORS.decisionTeam),
      }),
    };
  },
};

/** Where the decision is: the frame's form, else the current step if it is a decision, else the latest decided step. */
function decisionScope(doc: Document): Element | null {
  const form = doc.querySelector(SELECTORS.formDecision);
  if (form) return form;
  const decided = [...doc.querySelectorAll(SELECTORS.steps)].filter((step) =>
    step.querySelector(SELECTORS.decision),
  );
  return (
    decided.find((step) => step.getAttribute('aria-current') === 'step') ??
    decided[decided.length - 1] ??
    null
  );
}
