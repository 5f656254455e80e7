// Loading and error states: what the page shows before late content arrives, or when it cannot.

import { element } from './element.js';

/**
 * @param {Document} doc
 * @param {string} label e.g. `Loading case MER-55012…`
 * @param {string | null} navPath
 * @returns {import('./apply-view.js').View}
 */
export function renderLoadingView(doc, label, navPath) {
  const content = element(doc, 'div', { class: 'mer-loading', role: 'status' }, [
    element(doc, 'span', { class: 'mer-spinner', 'aria-hidden': 'true' }),
    label,
  ]);
  return { title: `${label} — Meridian Case Manager`, content, busy: true, navPath };
}

/**
 * @param {Document} doc
 * @param {string} heading
 * @param {string} message
 * @param {string | null} navPath
 * @returns {import('./apply-view.js').View}
 */
export function renderErrorView(doc, heading, message, navPath) {
  const content = element(doc, 'div', { class: 'mer-page' }, [
    element(doc, 'div', { class: 'mer-card mer-error', role: 'alert' }, [
      element(doc, 'h1', { tabindex: '-1' }, [heading]),
      element(doc, 'p', {}, [message]),
      element(doc, 'p', {}, [element(doc, 'a', { href: '/meridian/' }, ['Back to the case list'])]),
    ]),
  ]);
  return { title: `${heading} — Meridian Case Manager`, content, busy: false, navPath };
}
