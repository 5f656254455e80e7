import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { detectCase, type CustomAdapter } from '../../../lib/capture/adapters';
import { parseCustomAdapters } from '../../../lib/capture/custom-adapter-schema';
import { page } from './dom-fixture';

const URL = 'https://mosaic.example-council.gov.uk/web/people/552201/workflow';
const RECORD =
  '<div class="banner"><span class="pid">Person ID 552201</span><span class="who">Kai Brennan</span></div>' +
  '<div class="step"><h2>Contact outcome</h2><p class="outcome">Outcome: Advice and information only</p>' +
  '<p class="by">Lee Hart, Team Manager</p></div>';

const mosaic: CustomAdapter = {
  id: 'mosaic',
  name: 'Mosaic (Example Council)',
  urlPattern: 'https://mosaic.example-council.gov.uk/*',
  caseReferenceSelector: '.banner .pid',
  caseReferencePattern: 'Person ID (\\d+)',
  decisionSelector: '.step .outcome',
  decisionMakerSelector: '.step .by',
  subjectSelector: '.banner .who',
};

describe('custom adapters from settings', () => {
  test('read the fields their selectors name, the reference through their pattern', () => {
    expect(detectCase(page(RECORD, URL), URL, [mosaic])).toEqual({
      system: 'Mosaic (Example Council)',
      caseReference: '552201',
      subject: 'Kai Brennan',
      decision: 'Outcome: Advice and information only',
      decisionMaker: 'Lee Hart, Team Manager',
    });
  });

  test.each<[string, Partial<CustomAdapter>, string | null]>([
    [
      'a selector alone takes the element’s whole text',
      { caseReferencePattern: undefined, caseReferenceSelector: '.who' },
      'Kai Brennan',
    ],
    ['a pattern alone runs over the page text', { caseReferenceSelector: undefined }, '552201'],
    [
      'a pattern without a group takes the whole match',
      { caseReferenceSelector: undefined, caseReferencePattern: '\\d{6}' },
      '552201',
    ],
    ['a pattern that finds nothing finds no case', { caseReferencePattern: 'Case (\\d+)' }, null],
    ['a selector that matches nothing finds no case', { caseReferenceSelector: '.missing' }, null],
  ])('%s', (_name, change, reference) => {
    expect(detectCase(page(RECORD, URL), URL, [{ ...mosaic, ...change }])?.caseReference ?? null).toBe(
      reference,
    );
  });

  test.each<[string, Partial<CustomAdapter>]>([
    ['an invalid regular expression', { caseReferencePattern: 'Person ID (\\d+' }],
    ['an invalid address pattern', { urlPattern: 'https://mosaic.*.gov.uk/*' }],
    ['an invalid selector', { caseReferenceSelector: '.banner >>> .pid', caseReferencePattern: undefined }],
    ['neither selector nor pattern', { caseReferenceSelector: undefined, caseReferencePattern: undefined }],
  ])('with %s, the adapter is skipped and the page is read as if it were not there', (_name, change) => {
    const doc = page(`${RECORD}<p>Case reference: MOS-1234</p>`, URL);
    expect(detectCase(doc, URL, [{ ...mosaic, ...change }])).toMatchObject({
      system: 'mosaic.example-council.gov.uk',
      caseReference: 'MOS-1234',
    });
  });

  test('apply only where their address pattern matches', () => {
    const elsewhere = 'https://other.example-council.gov.uk/web/people/552201';
    expect(detectCase(page(RECORD, elsewhere), elsewhere, [mosaic])).toBeNull();
  });

  test('come before the built-in adapters, so a user can correct one', () => {
    const url = 'http://127.0.0.1:41873/casebook/case/CR-204871.html';
    const html = readFileSync(
      path.resolve(__dirname, '../../demo-site/pages/casebook/case/CR-204871.html'),
      'utf8',
    );
    const doc = new JSDOM(html, { url }).window.document;
    const override: CustomAdapter = {
      id: 'casebook-local',
      name: 'CaseBook (our build)',
      urlPattern: 'http://127.0.0.1/casebook/*',
      caseReferenceSelector: '.case-summary dd',
      decisionSelector: '.decision-rationale',
    };
    expect(detectCase(doc, url, [override])).toMatchObject({
      system: 'CaseBook (our build)',
      caseReference: 'CR-204871',
      decision: expect.stringMatching(/^Maisie was seen on 15\/09\/2026/),
    });
  });
});

describe('parseCustomAdapters', () => {
  test('accepts valid settings and trims them', () => {
    const parsed = parseCustomAdapters([{ ...mosaic, name: '  Mosaic (Example Council) ' }]);
    expect(parsed).toEqual({ ok: true, adapters: [mosaic] });
  });

  test.each([
    [
      'an address that is not a pattern',
      [{ ...mosaic, urlPattern: 'not a url at all' }],
      '0.urlPattern: must be an address pattern',
    ],
    [
      'an invalid regular expression',
      [{ ...mosaic, caseReferencePattern: '(' }],
      '0.caseReferencePattern: is not a valid regular expression',
    ],
    [
      'a pattern too long to trust',
      [{ ...mosaic, caseReferencePattern: 'a'.repeat(201) }],
      '0.caseReferencePattern: must be at most 200 characters',
    ],
    [
      'no way to find the reference',
      [{ ...mosaic, caseReferenceSelector: undefined, caseReferencePattern: undefined }],
      '0.caseReferenceSelector: needs a case reference selector',
    ],
    ['an empty name', [{ ...mosaic, name: ' ' }], '0.name: must not be empty'],
    ['an id with spaces', [{ ...mosaic, id: 'my site' }], '0.id: must be 1–64 lower-case letters'],
    ['two sites with one id', [mosaic, { ...mosaic, name: 'Copy' }], 'two case sites have the same id'],
    ['not a list', { ...mosaic }, 'expected array'],
  ])('refuses %s, naming the field', (_name, input, message) => {
    const parsed = parseCustomAdapters(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toContain(message);
  });
});
