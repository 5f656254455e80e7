// Meridian Case Manager: a fictional single-page case system. Client-side routing with
// history.pushState/popstate; each view's content arrives late from the JSON API and is drawn with DOM
// methods only (element.js), never innerHTML.

import { fetchCase, fetchCaseList } from './api-client.js';
import { applyView } from './apply-view.js';
import { renderCaseList } from './case-list-view.js';
import { renderCaseView } from './case-view.js';
import { renderErrorView, renderLoadingView } from './status-views.js';

const CASE_PATH = /^\/meridian\/cases\/(MER-\d{5})\/?$/;
const LIST_PATH = /^\/meridian\/?$/;

// `?delay=ms` on the first load is passed to every API call, so tests and presenters can make the late
// content later (or immediate).
const delayParam = new URLSearchParams(window.location.search).get('delay');

/** @type {AbortController | null} */
let currentNavigation = null;

/** @param {string} pathname */
function isAppRoute(pathname) {
  return CASE_PATH.test(pathname) || LIST_PATH.test(pathname);
}

/** @param {{ moveFocus: boolean }} options */
async function showCurrentRoute({ moveFocus }) {
  currentNavigation?.abort();
  const navigation = new AbortController();
  currentNavigation = navigation;
  const path = window.location.pathname;
  const caseMatch = CASE_PATH.exec(path);
  try {
    if (caseMatch) {
      const ref = caseMatch[1] ?? '';
      applyView(document, renderLoadingView(document, `Loading case ${ref}…`, path));
      const data = await fetchCase(ref, delayParam, navigation.signal);
      if (navigation.signal.aborted) return;
      applyView(document, renderCaseView(document, data, { delayParam }));
    } else if (LIST_PATH.test(path)) {
      applyView(document, renderLoadingView(document, 'Loading cases…', '/meridian/'));
      const cases = await fetchCaseList(delayParam, navigation.signal);
      if (navigation.signal.aborted) return;
      applyView(document, renderCaseList(document, cases));
    } else {
      applyView(
        document,
        renderErrorView(document, 'Page not found', 'There is no Meridian page at this address.', null),
      );
    }
  } catch (error) {
    // A newer navigation aborted this one: it draws its own view.
    if (navigation.signal.aborted) return;
    const reason = error instanceof Error ? error.message : String(error);
    applyView(document, renderErrorView(document, 'Case not available', reason, path));
  }
  if (moveFocus) document.querySelector('#main h1')?.focus();
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target) return;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin || !isAppRoute(url.pathname)) return;
  event.preventDefault();
  if (url.pathname !== window.location.pathname) window.history.pushState({}, '', url.pathname);
  void showCurrentRoute({ moveFocus: true });
});

window.addEventListener('popstate', () => void showCurrentRoute({ moveFocus: true }));

void showCurrentRoute({ moveFocus: false });
