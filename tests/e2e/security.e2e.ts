import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Download, type Frame, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import PostalMime from 'postal-mime';
import { grantSite, launchWithExtension, sidebarFrame, type ExtensionBrowser } from './support/browser.mjs';

/**
 * Security, observed in the real browser (docs/SECURITY.md):
 * - a web page cannot message the extension at all (no externally_connectable);
 * - script-like text from a case page (its decision, title, names and address) stays text in the
 *   sidebar, the dashboard's drafted email and its .eml, the recording tool and the reports CSV;
 * - the whole run, recorded by Chromium's own net log, sends nothing beyond this machine.
 */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  'javascript:alert(1)',
  '{{7*7}}',
  '<svg onload="window.__xss=3">',
];
const DECISION = `Decision: No further action ${PAYLOADS.join(' ')}`;
const MAKER = `Ava ${PAYLOADS[0]}`;
const CASE = 'CR-666001';
/** A spreadsheet formula typed as an agency name: the CSV must not hand it to a spreadsheet as one. */
const FORMULA = '=HYPERLINK("http://evil.example","x")';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A CaseBook-style record whose every field carries the payloads as text (the page itself is inert). */
function casePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(`${CASE} ${PAYLOADS[1]} — CaseBook`)}</title></head><body><main>
<h1 class="case-title">Case record: <span class="case-subject-name">${escapeHtml(`Child ${PAYLOADS[4]}`)}</span></h1>
<dl class="case-summary"><dt>Case reference</dt><dd>${CASE}</dd><dt>Subject</dt><dd>${escapeHtml(PAYLOADS[3]!)}</dd></dl>
<section class="decision-panel"><h2>Decision</h2>
<p class="decision-text">${escapeHtml(DECISION)}</p>
<dl><dt>Decision maker</dt><dd class="decision-maker">${escapeHtml(MAKER)}</dd>
<dt>Role</dt><dd class="decision-role">${escapeHtml(PAYLOADS[2]!)}</dd>
<dt>Team</dt><dd class="decision-team">${escapeHtml(PAYLOADS[1]!)}</dd></dl></section></main></body></html>`;
}

let server: Server;
let siteUrl = '';
let extension: ExtensionBrowser;
let netLogDir = '';
let challengeId = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith(`/casebook/case/${CASE}.html`)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(casePage());
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  netLogDir = mkdtempSync(path.join(tmpdir(), 'cc-netlog-'));
  extension = await launchWithExtension({
    args: [`--log-net-log=${path.join(netLogDir, 'netlog.json')}`, '--net-log-capture-mode=Default'],
  });
  await grantSite(extension);
});

test.afterAll(async () => {
  await extension?.close().catch(() => undefined);
  server?.close();
  rmSync(netLogDir, { recursive: true, force: true });
});

const extensionUrl = (file: string) => `chrome-extension://${extension.extensionId}/${file}`;

/** No payload ran, and nothing the payload would have created exists, in this extension document. */
async function expectInert(frame: Frame | Page, where: string): Promise<void> {
  const found = await frame.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
    rendered49: document.body.innerText.includes('49') && !document.body.innerText.includes('{{7*7}}'),
  }));
  expect(found, where).toEqual({
    xss: undefined,
    images: 0,
    scripts: 0,
    javascriptLinks: 0,
    rendered49: false,
  });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8');
}

test('a web page cannot reach the extension: chrome.runtime is absent or sendMessage throws', async () => {
  const page = await extension.context.newPage();
  await page.goto(`${siteUrl}/casebook/case/${CASE}.html`);
  const outcome = await page.evaluate(async (id) => {
    const runtime = (
      globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }
    ).chrome?.runtime;
    if (!runtime?.sendMessage) return 'no runtime';
    try {
      await runtime.sendMessage(id, { type: 'challenge/list', payload: {} });
      return 'sent';
    } catch (error) {
      return `threw: ${String(error)}`;
    }
  }, extension.extensionId);
  expect(outcome).toMatch(/^(no runtime|threw: )/);
  await page.close();
});

test('payloads in page text, title, names and address stay text in the sidebar', async () => {
  const page = await extension.context.newPage();
  // The address carries a payload too (query and fragment), as a crafted link to a case would.
  await page.goto(
    `${siteUrl}/casebook/case/${CASE}.html?q=${encodeURIComponent(PAYLOADS[1]!)}#${PAYLOADS[2]}`,
  );
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('.decision-text')!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  const worker = await extension.worker();
  await worker.evaluate(
    async ([pattern, url]) => {
      // Match the tab by a pattern: tabs.query cannot match an address with a fragment.
      const [tab] = await chrome.tabs.query({ url: pattern });
      if (!tab) throw new Error(`No tab at ${url}`);
      // @ts-expect-error dispatch runs the real registered listener (Chromium test seam)
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'challenge-selection', frameId: 0, pageUrl: url },
        tab,
      );
    },
    [`${siteUrl}/casebook/case/*`, page.url()] as const,
  );
  const sidebar = await sidebarFrame(page);
  const form = sidebar.getByRole('form', { name: 'New challenge' });
  await expect(form.locator('blockquote')).toHaveText(DECISION);
  await expectInert(sidebar, 'sidebar, new-challenge form');

  await form.getByLabel('Area of disagreement').selectOption({ index: 1 });
  await form.getByLabel('Name', { exact: true }).fill(MAKER);
  await form.getByLabel('Agency', { exact: true }).fill(PAYLOADS[1]!);
  await form.getByLabel('Reason for disagreement').fill(`The reason ${PAYLOADS.join(' ')}`);
  await form.getByLabel('Outcome sought for the child or adult').fill(`Outcome ${PAYLOADS[4]}`);
  const aboutYou = form.getByRole('group', { name: 'About you' });
  if (await aboutYou.isVisible()) {
    await aboutYou.getByLabel('Your name').fill(`Sam ${PAYLOADS[0]}`);
    await aboutYou.getByLabel('Your role').fill(PAYLOADS[2]!);
    await aboutYou.getByLabel('Your agency').fill(FORMULA);
  }
  await form.getByRole('button', { name: 'Open challenge at Stage 1' }).click();
  await expect(sidebar.getByRole('heading', { level: 2, name: /^Stage 1/ })).toBeVisible();
  await expect(sidebar.getByText(PAYLOADS[0]!).first()).toBeVisible();
  await expectInert(sidebar, 'sidebar, challenge view');
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

  challengeId = await sidebar.evaluate(async (reference) => {
    const reply = (await chrome.runtime.sendMessage({
      type: 'challenge/for-case',
      payload: { caseReference: reference },
    })) as { value: { items: { challengeId: string }[] } };
    return reply.value.items[0]!.challengeId;
  }, CASE);
  await page.close();
});

test('the drafted email (page and .eml), the recording tool and the reports CSV keep payloads as text', async () => {
  const dashboard = await extension.context.newPage();
  await dashboard.goto(extensionUrl(`dashboard.html#challenge=${challengeId}`));
  const emails = dashboard.getByRole('region', { name: 'Emails' });
  await expect(emails.getByLabel('Body')).toHaveValue(/window\.__xss=1/);
  await expect(dashboard.getByText(DECISION).first()).toBeVisible();
  await expectInert(dashboard, 'dashboard, challenge and email draft');
  const eml = await downloaded(dashboard, () =>
    emails.getByRole('button', { name: 'Download .eml' }).click(),
  );
  const email = await PostalMime.parse(eml);
  expect(email.text).toContain(PAYLOADS[0]);
  // The HTML part carries the payloads escaped: no element a mail client would run or load.
  expect(email.html).not.toMatch(/<(?:img|script|svg|iframe|object)\b/i);
  expect(email.html).toContain('&lt;img src=x');
  await dashboard.close();

  const records = await extension.context.newPage();
  await records.goto(extensionUrl(`records.html#challenge=${challengeId}`));
  const tool = records.getByRole('region', { name: 'Professional Challenge Recording Tool' });
  await expect(tool.getByLabel('What is the area of disagreement:')).toHaveValue(/window\.__xss=1/);
  await expectInert(records, 'records, recording tool');
  await records.close();

  const reports = await extension.context.newPage();
  await reports.goto(extensionUrl('reports.html'));
  await reports.getByLabel(/Include names/).check();
  const csv = await downloaded(reports, () => reports.getByRole('button', { name: 'Download CSV' }).click());
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
  const row = rows.find((candidate) => candidate.case_reference === CASE);
  expect(row?.practitioner_agency).toBe(`'${FORMULA}`);
  // No cell a spreadsheet would read as a formula (CSV injection).
  for (const cell of rows.flatMap((r) => Object.values(r))) expect(cell).not.toMatch(/^[=+@\t\r]/);
  await expectInert(reports, 'reports');
  await reports.close();
});

test('the whole run made no network request beyond this machine (Chromium’s net log)', async () => {
  await extension.close({ keepProfile: false });
  const requests = urlRequests(readFileSync(path.join(netLogDir, 'netlog.json'), 'utf8'));
  expect(
    requests.some((r) => LOCAL.test(r.url)),
    'the net log recorded the case site',
  ).toBe(true);
  // A request made by extension code, or by a page it runs in, names that document's origin as its
  // initiator; Chromium's own services (component updater, clock, account and dictionary checks) have none.
  const fromDocuments = requests.filter((r) => r.initiator && r.initiator !== 'not an origin');
  const browserOwn = requests.filter((r) => !r.initiator || r.initiator === 'not an origin');
  const leaks = fromDocuments.filter((r) => !LOCAL.test(r.url)).map((r) => `${r.url} (from ${r.initiator})`);
  const unknownBrowserHosts = browserOwn
    .filter((r) => !LOCAL.test(r.url) && !CHROMIUM_SERVICES.test(new URL(r.url).hostname))
    .map((r) => r.url);
  test.info().annotations.push({
    type: 'Chromium’s own requests (not the extension’s)',
    description: [...new Set(browserOwn.map((r) => new URL(r.url).host))].join(', ') || 'none',
  });
  expect(leaks, `requests beyond this machine from the extension or its pages: ${leaks.join(', ')}`).toEqual(
    [],
  );
  expect(
    unknownBrowserHosts,
    `unattributed requests to other hosts: ${unknownBrowserHosts.join(', ')}`,
  ).toEqual([]);
});

const LOCAL =
  /^(?:(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:\/|$)|(?:chrome-extension|chrome|data|blob|about|devtools):)/i;
/** Chromium's own background services, which the extension cannot cause or stop (see docs/SECURITY.md). */
const CHROMIUM_SERVICES = /(?:^|\.)(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/i;

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; initiator?: string } }[];
}

/** Every URL request the log saw, with its initiator. */
function urlRequests(text: string): { url: string; initiator: string | undefined }[] {
  const log = parseNetLog(text);
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === startJob && typeof event.params?.url === 'string')
    .map((event) => ({ url: event.params!.url!, initiator: event.params!.initiator }));
}

/** Chromium writes the log as it goes and closes it on exit; a cut-off log is trimmed to its last whole event. */
function parseNetLog(text: string): NetLog {
  try {
    return JSON.parse(text) as NetLog;
  } catch {
    const lastEvent = text.lastIndexOf('},\n');
    return JSON.parse(`${text.slice(0, lastEvent + 1)}]}`) as NetLog;
  }
}
