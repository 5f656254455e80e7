// Puts a rendered view into the page. Shared by the SPA, its iframe form and the Node script that writes
// the fixture snapshots, so the snapshots are exactly what the browser shows.

/**
 * @typedef {{ title: string, content: Node, busy: boolean, navPath: string | null }} View
 */

/**
 * @param {Document} doc
 * @param {View} view
 */
export function applyView(doc, view) {
  doc.title = view.title;
  const main = doc.getElementById('main');
  if (!main) throw new Error('applyView: the page has no #main element');
  main.replaceChildren(view.content);
  if (view.busy) main.setAttribute('aria-busy', 'true');
  else main.removeAttribute('aria-busy');
  for (const link of doc.querySelectorAll('a[data-nav]')) {
    if (link.getAttribute('href') === view.navPath) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
