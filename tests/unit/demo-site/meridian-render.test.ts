import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { findMeridianCase, type MeridianCase } from '../../demo-site/meridian-cases.mjs';
import {
  FIXTURE_DIR,
  renderMeridianDocuments,
  renderMeridianFixtures,
  renderMeridianViews,
} from '../../demo-site/meridian-fixtures.mjs';

function requireCase(ref: string): MeridianCase {
  const found = findMeridianCase(ref);
  if (!found) throw new Error(`no demo case ${ref}`);
  return found;
}

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

function textOf(doc: Document, selector: string): string {
  const element = doc.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return element.textContent ?? '';
}

test('the committed Meridian snapshots match what the SPA renders', async () => {
  const expected = await renderMeridianFixtures();
  expect(Object.keys(expected).sort()).toEqual([
    'meridian-case-MER-55012.html',
    'meridian-referral-form.html',
  ]);
  for (const [fileName, content] of Object.entries(expected)) {
    // When this fails after a change to the SPA: node tests/demo-site/meridian-fixtures.mjs
    expect(await readFile(`${FIXTURE_DIR}${fileName}`, 'utf8'), fileName).toBe(content);
  }
});

describe('the rendered case page keeps the Meridian markup contract', () => {
  test.each([
    {
      ref: 'MER-55012',
      decision: 'Outcome: Strategy discussion not required — single-agency response',
      maker: 'Colette Brannigan',
    },
    {
      ref: 'MER-55340',
      decision: 'Outcome: Case stepped down to Early Help — no further statutory involvement',
      maker: 'Marcus Adebayo-Finch',
    },
  ])('$ref', async ({ ref, decision, maker }) => {
    const doc = parse((await renderMeridianDocuments(requireCase(ref))).casePage);
    expect(textOf(doc, '[data-field="case-ref"]')).toBe(ref);
    expect(doc.querySelectorAll('[data-field="case-ref"]')).toHaveLength(1);
    expect(doc.querySelector('#main')?.hasAttribute('aria-busy')).toBe(false);
    const current = doc.querySelector('.mer-steps li[aria-current="step"]');
    expect(current?.getAttribute('data-step')).toBe('outcome');
    expect(textOf(doc, '[aria-current="step"] [data-field="decision"]')).toBe(decision);
    expect(textOf(doc, '[aria-current="step"] [data-field="decision-maker"]')).toBe(maker);
    expect(doc.querySelector('iframe.mer-form-frame')?.getAttribute('src')).toBe(
      `/meridian/frames/referral-form.html?case=${ref}`,
    );
    expect(doc.title).toContain(ref);
  });

  test('a case still in assessment has no decision on its current step', async () => {
    const doc = parse((await renderMeridianDocuments(requireCase('MER-54877'))).casePage);
    expect(doc.querySelector('[aria-current="step"]')?.getAttribute('data-step')).toBe('assessment');
    expect(doc.querySelector('.mer-steps [data-field="decision"]')).toBeNull();
  });
});

test('the referral form shows the decision and who made it', async () => {
  const doc = parse((await renderMeridianDocuments(requireCase('MER-55012'))).referralForm);
  expect(textOf(doc, '[data-field="case-ref"]')).toBe('MER-55012');
  expect(textOf(doc, 'form [data-field="decision"]')).toBe(
    'Referral decision: Closed at screening — single-agency response by the health visiting service',
  );
  expect(textOf(doc, 'form [data-field="decision-maker"]')).toBe('Colette Brannigan');
  expect(textOf(doc, 'form [data-field="decision-role"]')).toBe('Practice Manager');
  expect(doc.querySelector('label[for="rf-comments"]')).not.toBeNull();
});

describe('case data is drawn as text, never as markup', () => {
  const markupy = fc.string({
    unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ' ', 'a', 'img', 'é', '—'),
  });
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), markupy);

  function withText(name: string, decision: string): MeridianCase {
    const base = requireCase('MER-55012');
    return {
      ...base,
      subject: { ...base.subject, name },
      steps: base.steps.map((step) => (step.state === 'current' ? { ...step, text: decision } : step)),
      referralDecision: { ...base.referralDecision, text: decision },
    };
  }

  test('any subject name and decision text come back verbatim, as text', () => {
    const doc = new JSDOM('').window.document;
    fc.assert(
      fc.property(text, text, (name, decision) => {
        const { casePage, referralForm } = renderMeridianViews(doc, withText(name, decision));
        expect(casePage.querySelector('[data-field="subject-name"]')?.textContent).toBe(name);
        expect(casePage.querySelector('[data-field="decision"]')?.textContent).toBe(decision);
        expect(referralForm.querySelector('[data-field="decision"]')?.textContent).toBe(decision);
        expect(referralForm.querySelector('[data-field="subject-name"]')?.textContent).toBe(name);
        expect(casePage.querySelectorAll('img, script')).toHaveLength(0);
        expect(referralForm.querySelectorAll('img, script')).toHaveLength(0);
      }),
    );
  });

  // And through the whole page: serialised the way the fixtures are, then parsed again.
  test.each(['<img src=x onerror="window.hacked=1">', '</span><script>alert(1)</script>', '&amp; &lt;b&gt;'])(
    '%s survives serialisation as text',
    async (name) => {
      const { casePage } = await renderMeridianDocuments(withText(name, name));
      const doc = parse(casePage);
      expect(textOf(doc, '[data-field="subject-name"]')).toBe(name);
      expect(textOf(doc, '[data-field="decision"]')).toBe(name);
      expect(doc.querySelectorAll('img, script:not([src])')).toHaveLength(0);
    },
  );
});
