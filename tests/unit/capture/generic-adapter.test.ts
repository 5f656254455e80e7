import { describe, expect, test } from 'vitest';
import { detectCase } from '../../../lib/capture/adapters';
import { validNhsNumber } from '../../../lib/capture/adapters/generic';
import { page } from './dom-fixture';

/** A system no built-in adapter knows. */
const URL = 'https://records.example-trust.nhs.uk/patient/summary';

describe('generic fallback on a site no adapter knows', () => {
  test('reads a labelled case reference, subject, decision and decision-maker', () => {
    const doc = page(
      '<h1>Referral summary</h1>' +
        '<table><tr><th>Case reference</th><td>PX-40213</td></tr><tr><th>Subject</th><td>Jordan Blake</td></tr>' +
        '<tr><th>Decided by</th><td>Sam Ortiz, Duty Manager</td></tr></table>' +
        '<p><strong>Decision:</strong> Not accepted — does not meet the threshold for assessment.</p>',
      URL,
    );
    expect(detectCase(doc, URL)).toEqual({
      system: 'records.example-trust.nhs.uk',
      caseReference: 'PX-40213',
      subject: 'Jordan Blake',
      decision: 'Not accepted — does not meet the threshold for assessment.',
      decisionMaker: 'Sam Ortiz, Duty Manager',
    });
  });

  test.each([
    ['"Case ref:" inline', '<p>Case ref: AB-1234</p>', 'AB-1234'],
    ['"Case no." with a number only', '<p>Case no. 778812</p>', '778812'],
    ['"Case number" in a description list', '<dl><dt>Case number</dt><dd>LA12345</dd></dl>', 'LA12345'],
    ['"Case ID #"', '<p>Case ID #C-0042</p>', 'C-0042'],
    ['"Record number" (adult social care)', '<p>Record number ASC-7781</p>', 'ASC-7781'],
    ['"Client ID"', '<span>Client ID:</span> <span>884120</span>', '884120'],
    [
      'a labelled NHS number, when no case reference is shown',
      '<p>NHS number: 943 476 5919</p>',
      '943 476 5919',
    ],
    [
      'a case reference in preference to an NHS number',
      '<p>NHS number: 943 476 5919</p><p>Case reference CR-1001</p>',
      'CR-1001',
    ],
  ])('finds %s', (_name, html, reference) => {
    expect(detectCase(page(html, URL), URL)?.caseReference).toBe(reference);
  });

  test.each([
    ['an unlabelled NHS number', '<p>Patient 943 476 5919 seen in clinic</p>'],
    ['an NHS number whose check digit is wrong', '<p>NHS number: 943 476 5918</p>'],
    ['an NHS number labelled as something else', '<p>Case notes mention 9434765919.</p>'],
    ['a reference-like word that is not a label', '<p>Case referral 2024 was discussed. Caseload 12345.</p>'],
    ['a date after "Case"', '<p>Case 12/10/2026 reviewed</p>'],
    [
      'labels only inside a script',
      '<script>var caseRef = "Case reference CR-1";</script><p>Nothing here</p>',
    ],
    ['labels only inside the extension’s own UI', '<div data-challenge-companion>Case reference CR-1</div>'],
    ['an empty page', ''],
  ])('finds nothing in %s', (_name, html) => {
    expect(detectCase(page(html, URL), URL)).toBeNull();
  });

  test.each([
    [
      'a label in its own element and the decision in the next',
      '<dl><dt>Outcome:</dt><dd>Stepped down to Early Help</dd></dl>',
      'Stepped down to Early Help',
    ],
    [
      '"Outcome:" starting a paragraph',
      '<p>Outcome: Strategy discussion held; no Section 47.</p>',
      'Strategy discussion held; no Section 47.',
    ],
    [
      'a "Decision" table row without a colon',
      '<table><tr><th>Decision</th><td>Closed, no further action</td></tr></table>',
      'Closed, no further action',
    ],
  ])('reads the decision from %s', (_name, html, decision) => {
    const doc = page(`<p>Case reference: CR-5000</p>${html}`, URL);
    expect(detectCase(doc, URL)?.decision).toBe(decision);
  });

  test('caps long text fields at 2000 characters', () => {
    const doc = page(`<p>Case reference: CR-5000</p><p>Decision: ${'x'.repeat(3000)}</p>`, URL);
    expect(detectCase(doc, URL)?.decision).toHaveLength(2000);
  });
});

describe('validNhsNumber', () => {
  test.each([
    ['9434765919', '943 476 5919'],
    ['943-476-5919', '943 476 5919'],
    ['9434765918', undefined],
    ['943476591', undefined],
    // Check digit would be 10: never a valid NHS number.
    ['1000000010', undefined],
    [undefined, undefined],
  ])('%s → %s', (candidate, expected) => {
    expect(validNhsNumber(candidate)).toBe(expected);
  });
});
