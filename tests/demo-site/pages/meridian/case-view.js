// One case in Meridian: header, key facts, the workflow steps with the current one marked, the referral
// decision form (a same-origin iframe) and the case notes. The markup contract that the extension's
// Meridian adapter relies on is documented in tests/demo-site/README.md.

import { element } from './element.js';
import { formatLongDate, formatShortDate } from './dates.js';

const STEP_STATE_LABELS = {
  done: 'Completed',
  current: 'Current step',
  skipped: 'Skipped',
  pending: 'Not started',
};

/**
 * Where the case's referral decision form lives. `delay` is passed on so a test that slows the SPA
 * also slows the frame.
 *
 * @param {string} ref
 * @param {string | null} delayParam
 */
export function referralFormPath(ref, delayParam) {
  const query = new URLSearchParams({ case: ref });
  if (delayParam !== null) query.set('delay', delayParam);
  return `/meridian/frames/referral-form.html?${query}`;
}

/** @param {Document} doc @param {string} iso */
function dateElement(doc, iso) {
  return element(doc, 'time', { datetime: iso }, [formatLongDate(iso)]);
}

/** @param {Document} doc @param {{ name: string, role: string, team: string }} person */
function deciderLine(doc, person) {
  return element(doc, 'p', { class: 'mer-step-decider' }, [
    'Decided by ',
    element(doc, 'span', { 'data-field': 'decision-maker' }, [person.name]),
    ', ',
    element(doc, 'span', { 'data-field': 'decision-role' }, [person.role]),
    ', ',
    element(doc, 'span', { 'data-field': 'decision-team' }, [person.team]),
  ]);
}

/** @param {Document} doc @param {import('../../meridian-cases.mjs').WorkflowStep} step */
function renderStep(doc, step) {
  const isDecision = step.decidedBy !== null;
  return element(
    doc,
    'li',
    {
      class: 'mer-step',
      'data-step': step.id,
      'data-state': step.state,
      'aria-current': step.state === 'current' ? 'step' : null,
    },
    [
      element(doc, 'span', { class: 'mer-step-marker', 'aria-hidden': 'true' }),
      element(doc, 'div', { class: 'mer-step-body' }, [
        element(doc, 'h3', { class: 'mer-step-head' }, [
          element(doc, 'span', { class: 'mer-step-name' }, [step.name]),
          element(doc, 'span', { class: 'mer-step-state' }, [STEP_STATE_LABELS[step.state]]),
        ]),
        step.date ? element(doc, 'p', { class: 'mer-step-date' }, [dateElement(doc, step.date)]) : null,
        element(doc, 'p', { class: 'mer-step-text', 'data-field': isDecision ? 'decision' : null }, [
          step.text,
        ]),
        step.decidedBy ? deciderLine(doc, step.decidedBy) : null,
      ]),
    ],
  );
}

/** @param {Document} doc @param {string} term @param {Node | string} detail */
function fact(doc, term, detail) {
  return element(doc, 'div', { class: 'mer-fact' }, [
    element(doc, 'dt', {}, [term]),
    element(doc, 'dd', {}, [detail]),
  ]);
}

/**
 * @param {Document} doc
 * @param {import('../../meridian-cases.mjs').MeridianCase} data
 * @param {{ delayParam?: string | null }} [options]
 * @returns {import('./apply-view.js').View}
 */
export function renderCaseView(doc, data, { delayParam = null } = {}) {
  const { subject, allocatedWorker } = data;
  const breadcrumb = element(doc, 'nav', { class: 'mer-breadcrumb', 'aria-label': 'Breadcrumb' }, [
    element(doc, 'ol', {}, [
      element(doc, 'li', {}, [element(doc, 'a', { href: '/meridian/' }, ['Cases'])]),
      element(doc, 'li', { 'aria-current': 'page' }, [data.ref]),
    ]),
  ]);

  const header = element(doc, 'header', { class: 'mer-case-header' }, [
    element(doc, 'h1', { id: 'case-heading', tabindex: '-1' }, [
      element(doc, 'span', { 'data-field': 'subject-name' }, [subject.name]),
    ]),
    element(doc, 'p', { class: 'mer-case-ref' }, [
      'Case ',
      element(doc, 'span', { 'data-field': 'case-ref' }, [data.ref]),
      element(doc, 'span', { class: 'mer-badge' }, [data.status]),
    ]),
  ]);

  const facts = element(doc, 'dl', { class: 'mer-facts' }, [
    fact(
      doc,
      'Date of birth',
      element(doc, 'time', { datetime: subject.dateOfBirth }, [formatShortDate(subject.dateOfBirth)]),
    ),
    fact(doc, 'Gender', subject.gender),
    fact(doc, 'Address', subject.address),
    fact(doc, 'Allocated worker', `${allocatedWorker.name}, ${allocatedWorker.role}`),
    fact(doc, 'Team', allocatedWorker.team),
    fact(doc, 'Opened', dateElement(doc, data.openedOn)),
  ]);

  const workflow = element(
    doc,
    'section',
    { class: 'mer-card mer-workflow', 'aria-labelledby': 'workflow-heading' },
    [
      element(doc, 'h2', { id: 'workflow-heading' }, ['Workflow']),
      element(
        doc,
        'ol',
        { class: 'mer-steps' },
        data.steps.map((step) => renderStep(doc, step)),
      ),
    ],
  );

  const form = element(
    doc,
    'section',
    { class: 'mer-card mer-form-card', 'aria-labelledby': 'form-heading' },
    [
      element(doc, 'h2', { id: 'form-heading' }, ['Referral decision form']),
      element(doc, 'iframe', {
        class: 'mer-form-frame',
        src: referralFormPath(data.ref, delayParam),
        title: `Referral decision form for ${data.ref}`,
      }),
    ],
  );

  const notes = element(doc, 'section', { class: 'mer-card mer-notes', 'aria-labelledby': 'notes-heading' }, [
    element(doc, 'h2', { id: 'notes-heading' }, ['Case notes']),
    element(
      doc,
      'ul',
      { class: 'mer-notes-list' },
      data.notes.map((note) =>
        element(doc, 'li', {}, [
          element(doc, 'p', { class: 'mer-note-meta' }, [dateElement(doc, note.date), ` · ${note.author}`]),
          element(doc, 'p', { class: 'mer-note-text' }, [note.text]),
        ]),
      ),
    ),
  ]);

  const content = element(doc, 'div', { class: 'mer-page' }, [
    breadcrumb,
    element(
      doc,
      'article',
      { class: 'mer-case', 'data-case-id': data.ref, 'aria-labelledby': 'case-heading' },
      [header, facts, workflow, form, notes],
    ),
  ]);
  const navPath = `/meridian/cases/${data.ref}`;
  return { title: `${data.ref} ${subject.name} — Meridian Case Manager`, content, busy: false, navPath };
}
