// Rendered-DOM snapshots of the Meridian SPA for the extension's adapter tests. They are produced by the
// SPA's own render code (pages/meridian/*.js) applied to its own HTML shells with jsdom, then formatted
// with the project's Prettier settings, so they are what the browser shows once the late content has
// arrived. tests/unit/demo-site/meridian-render.test.ts fails when a committed snapshot drifts.
//
//   node tests/demo-site/meridian-fixtures.mjs     (rewrites tests/fixtures/pages/meridian-*.html)

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import * as prettier from 'prettier';
import { findMeridianCase } from './meridian-cases.mjs';
import { applyView } from './pages/meridian/apply-view.js';
import { renderCaseView } from './pages/meridian/case-view.js';
import { renderReferralForm } from './pages/meridian/referral-form-view.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const SPA_SHELL = new URL('./pages/meridian/index.html', import.meta.url);
const FORM_SHELL = new URL('./pages/meridian/frames/referral-form.html', import.meta.url);

/** @param {string} what @param {string} url */
function header(what, url) {
  return `<!--
  Snapshot: ${what}, as ${url} renders it once its late content has arrived.
  Written by tests/demo-site/meridian-fixtures.mjs from the SPA's own render code; keep in sync by
  re-running that script (tests/unit/demo-site/meridian-render.test.ts fails when this file drifts).
  Fictional data only.
-->
`;
}

/**
 * @param {URL} shell
 * @param {(doc: Document) => import('./pages/meridian/apply-view.js').View} render
 */
async function renderInShell(shell, render) {
  const dom = new JSDOM(await readFile(shell, 'utf8'));
  applyView(dom.window.document, render(dom.window.document));
  return dom.serialize();
}

/**
 * The case view and the form view for one case, rendered into `doc` but not attached to it: what the SPA
 * puts into `#main`. For tests that need many renders without building a document each time.
 *
 * @param {Document} doc
 * @param {import('./meridian-cases.mjs').MeridianCase} meridianCase
 */
export function renderMeridianViews(doc, meridianCase) {
  return {
    casePage: renderCaseView(doc, meridianCase).content,
    referralForm: renderReferralForm(doc, meridianCase).content,
  };
}

/**
 * The two documents for one case, unformatted.
 *
 * @param {import('./meridian-cases.mjs').MeridianCase} meridianCase
 */
export async function renderMeridianDocuments(meridianCase) {
  return {
    casePage: await renderInShell(SPA_SHELL, (doc) => renderCaseView(doc, meridianCase)),
    referralForm: await renderInShell(FORM_SHELL, (doc) => renderReferralForm(doc, meridianCase)),
  };
}

/** @param {string} html @param {string} fileName */
async function formatted(html, fileName) {
  const filepath = `${FIXTURE_DIR}${fileName}`;
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(html, { ...options, filepath });
}

/**
 * Every fixture file's expected content, keyed by file name.
 *
 * @returns {Promise<Record<string, string>>}
 */
export async function renderMeridianFixtures() {
  const ref = 'MER-55012';
  const meridianCase = findMeridianCase(ref);
  if (!meridianCase) throw new Error(`meridian-cases.mjs: ${ref} is missing`);
  const { casePage, referralForm } = await renderMeridianDocuments(meridianCase);
  const caseFile = `meridian-case-${ref}.html`;
  const formFile = 'meridian-referral-form.html';
  return {
    [caseFile]: await formatted(
      header(`Meridian case page ${ref}`, `/meridian/cases/${ref}`) + casePage,
      caseFile,
    ),
    [formFile]: await formatted(
      header(
        `Meridian referral decision form for ${ref}`,
        `/meridian/frames/referral-form.html?case=${ref}`,
      ) + referralForm,
      formFile,
    ),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await mkdir(FIXTURE_DIR, { recursive: true });
  for (const [fileName, content] of Object.entries(await renderMeridianFixtures())) {
    await writeFile(`${FIXTURE_DIR}${fileName}`, content);
    console.log(`wrote tests/fixtures/pages/${fileName}`);
  }
}
