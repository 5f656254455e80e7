import { request } from 'node:http';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoSite, type DemoSite } from '../../demo-site/server.mjs';

let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite();
});

afterAll(async () => {
  await site.close();
});

function get(path: string, init: RequestInit = {}): Promise<Response> {
  // eslint-disable-next-line no-restricted-syntax -- the test talks to the local demo server; not extension code
  return fetch(`${site.url}${path}`, { redirect: 'manual', ...init });
}

/** Sends the path byte for byte: fetch would resolve `..` before the server ever saw it. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function getDocument(path: string): Promise<Document> {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  return new JSDOM(await response.text()).window.document;
}

function textOf(doc: Document, selector: string): string {
  const element = doc.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The `<dd>` after the `<dt>` with this label in a definition list. */
function definition(doc: Document, listSelector: string, term: string): string {
  const terms = [...doc.querySelectorAll(`${listSelector} dt`)];
  const dt = terms.find((candidate) => candidate.textContent?.trim() === term);
  const dd = dt?.nextElementSibling;
  if (!dd) throw new Error(`${listSelector} has no "${term}"`);
  return (dd.textContent ?? '').replace(/\s+/g, ' ').trim();
}

test('starts on a free loopback port and reports its URL without a trailing slash', () => {
  expect(site.port).toBeGreaterThan(0);
  expect(site.url).toBe(`http://127.0.0.1:${site.port}`);
});

describe('index page', () => {
  test.each(['/', '/index.html'])('%s links every demo page', async (path) => {
    const doc = await getDocument(path);
    expect(textOf(doc, 'h1')).toBe('Demo case-management systems');
    const links = [...doc.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining([
        '/casebook/case/CR-204871.html',
        '/casebook/case/CR-311502.html',
        '/meridian/',
        '/meridian/cases/MER-55012',
        '/meridian/cases/MER-55340',
        '/adultcare/strategy-meeting/ASC-7781.html',
        '/hostile/case/CR-990001.html',
      ]),
    );
  });
});

describe('CaseBook pages keep the structure the CaseBook adapter reads', () => {
  test.each([
    {
      path: '/casebook/case/CR-204871.html',
      ref: 'CR-204871',
      decision: "Decision: No further action — case closed to Children's Social Care",
      maker: 'Daniel Ashworth-Kerr',
      team: 'Assessment Team East',
      date: '2026-09-24',
    },
    {
      path: '/casebook/case/CR-311502.html',
      ref: 'CR-311502',
      decision: 'Decision: Referral does not meet threshold for Early Help',
      maker: 'Hannah Mbeki-Lowe',
      team: 'Front Door Team (MASH)',
      date: '2026-11-05',
    },
    {
      path: '/hostile/case/CR-990001.html',
      ref: 'CR-990001',
      decision: "Decision: No further action — case closed to Children's Social Care",
      maker: 'Imogen Fairweather-Stroud',
      team: 'Assessment Team West',
      date: '2026-10-09',
    },
  ])('$path', async ({ path, ref, decision, maker, team, date }) => {
    const doc = await getDocument(path);
    expect(definition(doc, 'dl.case-summary', 'Case reference')).toBe(ref);
    expect(textOf(doc, 'section.decision-panel .decision-text')).toBe(decision);
    expect(textOf(doc, 'section.decision-panel .decision-maker')).toBe(maker);
    expect(textOf(doc, 'section.decision-panel .decision-role')).toBe('Team Manager');
    expect(textOf(doc, 'section.decision-panel .decision-team')).toBe(team);
    expect(doc.querySelector('section.decision-panel .decision-date time')?.getAttribute('datetime')).toBe(
      date,
    );
    expect(doc.querySelectorAll('.chronology-table tbody tr').length).toBeGreaterThanOrEqual(3);
  });

  test('CR-204871 has referrals from a health visitor and a school in its chronology', async () => {
    const doc = await getDocument('/casebook/case/CR-204871.html');
    const rows = [...doc.querySelectorAll('.chronology-table tbody tr')].map((row) => row.textContent ?? '');
    expect(rows.some((row) => row.includes('Referral') && row.includes('Health Visitor'))).toBe(true);
    expect(rows.some((row) => row.includes('Referral') && row.includes('Primary School'))).toBe(true);
  });
});

test('AdultCare strategy meeting page names the outcome and who chaired it', async () => {
  const doc = await getDocument('/adultcare/strategy-meeting/ASC-7781.html');
  expect(textOf(doc, '[data-field="record-ref"]')).toBe('ASC-7781');
  expect(textOf(doc, '[data-field="outcome"]')).toBe(
    'Outcome: No further safeguarding enquiry (Section 42) — concerns to be managed through care review',
  );
  expect(textOf(doc, '[data-field="chair-name"]')).toBe('Sandra Okafor-Bright');
  expect(textOf(doc, '[data-field="chair-role"]')).toBe('Safeguarding Adults Team Manager');
  expect(textOf(doc, '[data-field="chair-agency"]')).toBe('Wexcombe County Council Adult Social Care');
  expect(doc.querySelectorAll('.attendees-table tbody tr').length).toBe(6);
});

test('the hostile page loads hostile.js before anything else', async () => {
  const doc = await getDocument('/hostile/case/CR-990001.html');
  expect(doc.head.firstElementChild?.getAttribute('src')).toBe('/hostile/hostile.js');
});

describe('static files carry their content type', () => {
  test.each([
    ['/casebook/casebook.css', 'text/css; charset=utf-8'],
    ['/meridian/app.js', 'text/javascript; charset=utf-8'],
    ['/meridian/frames/referral-form.html', 'text/html; charset=utf-8'],
    ['/hostile/hostile.js', 'text/javascript; charset=utf-8'],
  ])('%s is %s', async (path, contentType) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await response.text()).length).toBeGreaterThan(0);
  });
});

describe('Meridian SPA fallback', () => {
  test.each(['/meridian/cases/MER-55012', '/meridian/cases/MER-55340', '/meridian/cases/MER-55012/'])(
    '%s serves the SPA shell',
    async (path) => {
      const shell = await (await get('/meridian/')).text();
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(shell);
      expect(shell).toContain('<script type="module" src="/meridian/app.js"></script>');
    },
  );

  test('/meridian redirects to /meridian/', async () => {
    const response = await get('/meridian');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/meridian/');
  });

  test('a missing file under /meridian/ is a 404, not the SPA', async () => {
    expect((await get('/meridian/missing.js')).status).toBe(404);
  });
});

describe('not found and refused requests', () => {
  test('an unknown page gets the 404 page', async () => {
    const response = await get('/casebook/case/CR-000000.html');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Page not found');
  });

  test.each([
    '/../package.json',
    '/../../package.json',
    '/meridian/../../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/casebook/..%2f..%2fserver.mjs',
    '/..%5cpackage.json',
    '/%2e%2e%5c%2e%2e%5cpackage.json',
    '/.git/config',
    '/meridian/api/../../../package.json',
    '/index.html%00.css',
    '/%E0%A4%A',
  ])('%s is refused', async (path) => {
    const response = await rawGet(path);
    expect([400, 403]).toContain(response.status);
    expect(response.body).toMatch(/^Refused: /);
  });

  test('only GET and HEAD are allowed', async () => {
    const post = await get('/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await get('/casebook/case/CR-204871.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('Meridian JSON API', () => {
  test('serves a case with its workflow and decision', async () => {
    const response = await get('/meridian/api/cases/MER-55012?delay=0');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.json();
    expect(body.ref).toBe('MER-55012');
    expect(body.steps.map((step: { name: string }) => step.name)).toEqual([
      'Contact',
      'Referral',
      'Assessment',
      'Strategy discussion',
      'Outcome',
    ]);
    const outcome = body.steps.find((step: { state: string }) => step.state === 'current');
    expect(outcome.text).toBe('Outcome: Strategy discussion not required — single-agency response');
    expect(outcome.decidedBy.name).toBe('Colette Brannigan');
  });

  test('lists the cases', async () => {
    const body = await (await get('/meridian/api/cases?delay=0')).json();
    const refs = body.cases.map((summary: { ref: string }) => summary.ref);
    expect(refs).toEqual(expect.arrayContaining(['MER-55012', 'MER-55340']));
  });

  test.each([
    ['/meridian/api/cases/MER-00000?delay=0', 404, 'case: no case MER-00000'],
    ['/meridian/api/nothing?delay=0', 404, 'path: no such API resource'],
    ['/meridian/api/cases?delay=soon', 400, 'delay: must be a whole number of milliseconds from 0 to 10000'],
    ['/meridian/api/cases?delay=10001', 400, 'delay: must be a whole number of milliseconds from 0 to 10000'],
    ['/meridian/api/cases?delay=-5', 400, 'delay: must be a whole number of milliseconds from 0 to 10000'],
  ])('%s answers %i with an error naming the problem', async (path, status, error) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error });
  });

  async function timeRequest(path: string): Promise<number> {
    const started = performance.now();
    const response = await get(path);
    await response.arrayBuffer();
    return performance.now() - started;
  }

  test('answers late: 400 ms by default, or after ?delay=ms', async () => {
    const [byDefault, slow, immediate] = await Promise.all([
      timeRequest('/meridian/api/cases/MER-55012'),
      timeRequest('/meridian/api/cases/MER-55012?delay=700'),
      timeRequest('/meridian/api/cases/MER-55012?delay=0'),
    ]);
    // Timers may fire a millisecond early on some platforms; nothing fires much later than this here.
    expect(byDefault).toBeGreaterThanOrEqual(395);
    expect(slow).toBeGreaterThanOrEqual(695);
    expect(immediate).toBeLessThan(300);
  });
});

describe('close()', () => {
  test('stops the server, even with a delayed answer pending, and can be called twice', async () => {
    const other = await startDemoSite();
    // eslint-disable-next-line no-restricted-syntax -- the test talks to the local demo server; not extension code
    const pending = fetch(`${other.url}/meridian/api/cases/MER-55012?delay=10000`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await other.close();
    await other.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
    // eslint-disable-next-line no-restricted-syntax -- the test talks to the local demo server; not extension code
    await expect(fetch(`${other.url}/`)).rejects.toThrow();
  });
});
