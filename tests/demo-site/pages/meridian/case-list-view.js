// Meridian's landing page: the cases shared with the signed-in partner. It names no single case, so it
// carries no `data-field="case-ref"` (that marks the case a page is about).

import { element } from './element.js';
import { formatLongDate } from './dates.js';

/**
 * @typedef {{ ref: string, subjectName: string, currentStep: string, status: string,
 *   allocatedWorker: string, updatedOn: string }} CaseSummary
 */

/**
 * @param {Document} doc
 * @param {CaseSummary[]} cases
 * @returns {import('./apply-view.js').View}
 */
export function renderCaseList(doc, cases) {
  const headings = [
    'Case',
    'Child or young person',
    'Current step',
    'Status',
    'Allocated worker',
    'Last updated',
  ];
  const table = element(doc, 'table', { class: 'mer-table' }, [
    element(doc, 'caption', { class: 'visually-hidden' }, ['Cases shared with you']),
    element(doc, 'thead', {}, [
      element(
        doc,
        'tr',
        {},
        headings.map((heading) => element(doc, 'th', { scope: 'col' }, [heading])),
      ),
    ]),
    element(
      doc,
      'tbody',
      {},
      cases.map((summary) =>
        element(doc, 'tr', {}, [
          element(doc, 'th', { scope: 'row' }, [
            element(doc, 'a', { href: `/meridian/cases/${summary.ref}` }, [summary.ref]),
          ]),
          element(doc, 'td', {}, [summary.subjectName]),
          element(doc, 'td', {}, [summary.currentStep]),
          element(doc, 'td', {}, [element(doc, 'span', { class: 'mer-badge' }, [summary.status])]),
          element(doc, 'td', {}, [summary.allocatedWorker]),
          element(doc, 'td', {}, [
            element(doc, 'time', { datetime: summary.updatedOn }, [formatLongDate(summary.updatedOn)]),
          ]),
        ]),
      ),
    ),
  ]);
  const content = element(doc, 'div', { class: 'mer-page' }, [
    element(doc, 'header', { class: 'mer-page-header' }, [
      element(doc, 'h1', { tabindex: '-1' }, ['Cases']),
      element(doc, 'p', {}, ['Cases shared with you through the partner portal.']),
    ]),
    element(doc, 'div', { class: 'mer-card mer-table-card' }, [table]),
  ]);
  return { title: 'Cases — Meridian Case Manager', content, busy: false, navPath: '/meridian/' };
}
