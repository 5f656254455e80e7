// The "Referral decision" form shown inside the case page's iframe: the recorded decision and who made
// it, and a response section for the referrer. The response is kept in the page only (demo).

import { element } from './element.js';
import { formatLongDate } from './dates.js';

/** @param {Document} doc @param {string} term @param {string} field @param {Node | string} detail */
function metaRow(doc, term, field, detail) {
  return [element(doc, 'dt', {}, [term]), element(doc, 'dd', { 'data-field': field }, [detail])];
}

/** @param {Document} doc @param {string} value @param {string} label */
function choice(doc, value, label) {
  const id = `rf-agree-${value}`;
  return element(doc, 'div', { class: 'rf-choice' }, [
    element(doc, 'input', { type: 'radio', id, name: 'agree', value }),
    element(doc, 'label', { for: id }, [label]),
  ]);
}

/**
 * @param {Document} doc
 * @param {import('../../meridian-cases.mjs').MeridianCase} data
 * @returns {import('./apply-view.js').View}
 */
export function renderReferralForm(doc, data) {
  const decision = data.referralDecision;
  const recorded = element(doc, 'fieldset', { class: 'rf-decision' }, [
    element(doc, 'legend', {}, ['Decision recorded']),
    element(doc, 'p', { class: 'rf-decision-text', 'data-field': 'decision' }, [decision.text]),
    element(doc, 'dl', { class: 'rf-meta' }, [
      ...metaRow(doc, 'Decision maker', 'decision-maker', decision.decidedBy.name),
      ...metaRow(doc, 'Role', 'decision-role', decision.decidedBy.role),
      ...metaRow(doc, 'Team', 'decision-team', decision.decidedBy.team),
      ...metaRow(
        doc,
        'Date',
        'decision-date',
        element(doc, 'time', { datetime: decision.date }, [formatLongDate(decision.date)]),
      ),
      ...metaRow(doc, 'Reasons', 'decision-reasons', decision.reasons),
    ]),
  ]);

  const response = element(doc, 'fieldset', { class: 'rf-response' }, [
    element(doc, 'legend', {}, ['Referrer’s response']),
    element(doc, 'fieldset', { class: 'rf-choices' }, [
      element(doc, 'legend', {}, ['Do you agree with this decision?']),
      choice(doc, 'yes', 'Yes'),
      choice(doc, 'no', 'No'),
      choice(doc, 'unsure', 'Not sure yet'),
    ]),
    element(doc, 'label', { for: 'rf-comments' }, ['Comments for the decision maker']),
    element(doc, 'textarea', { id: 'rf-comments', name: 'comments', rows: '3' }),
    element(doc, 'div', { class: 'rf-actions' }, [
      element(doc, 'button', { type: 'submit' }, ['Save response']),
      element(doc, 'p', { class: 'rf-status', role: 'status', 'data-field': 'form-status' }),
    ]),
  ]);

  const content = element(doc, 'div', { class: 'rf-page' }, [
    element(doc, 'header', { class: 'rf-header' }, [
      element(doc, 'h1', { id: 'rf-heading' }, ['Referral decision']),
      element(doc, 'p', { class: 'rf-case' }, [
        'Case ',
        element(doc, 'span', { 'data-field': 'case-ref' }, [data.ref]),
        ' · ',
        element(doc, 'span', { 'data-field': 'subject-name' }, [data.subject.name]),
      ]),
    ]),
    element(doc, 'form', { class: 'rf-form', 'aria-labelledby': 'rf-heading', 'data-case-id': data.ref }, [
      recorded,
      response,
    ]),
  ]);
  return {
    title: `Referral decision ${data.ref} — Meridian Case Manager`,
    content,
    busy: false,
    navPath: null,
  };
}
