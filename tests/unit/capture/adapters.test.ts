import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { detectCase, type DetectedCase } from '../../../lib/capture/adapters';

const DEMO_PAGES = path.resolve(__dirname, '../../demo-site/pages');
/** The Meridian SPA's rendered DOM, saved by tests/demo-site/meridian-fixtures.mjs. */
const SNAPSHOTS = path.resolve(__dirname, '../../fixtures/pages');
/** The demo site is served from any local port; adapters must match on path shape alone. */
const ORIGIN = 'http://127.0.0.1:41873';

function demoPage(file: string, urlPath = `/${file}`): { doc: Document; url: string } {
  const url = `${ORIGIN}${urlPath}`;
  const html = readFileSync(path.join(file.startsWith('meridian-') ? SNAPSHOTS : DEMO_PAGES, file), 'utf8');
  return { doc: new JSDOM(html, { url }).window.document, url };
}

describe('built-in adapters on the demo site’s saved pages', () => {
  test.each<[string, string, string | undefined, DetectedCase]>([
    [
      'CaseBook, a closed case',
      'casebook/case/CR-204871.html',
      undefined,
      {
        system: 'CaseBook',
        caseReference: 'CR-204871',
        subject: 'Maisie Thornbury',
        decision: "No further action — case closed to Children's Social Care",
        decisionMaker: 'Daniel Ashworth-Kerr, Team Manager',
        decisionTeam: 'Assessment Team East',
      },
    ],
    [
      'Meridian, the case page: the decision of the current workflow step',
      'meridian-case-MER-55012.html',
      '/meridian/cases/MER-55012',
      {
        system: 'Meridian Case Manager',
        caseReference: 'MER-55012',
        subject: 'Ellis Varga-Morton',
        decision: 'Strategy discussion not required — single-agency response',
        decisionMaker: 'Colette Brannigan, Practice Manager',
        decisionTeam: 'Front Door (MASH)',
      },
    ],
    [
      'Meridian, the referral decision form in its iframe',
      'meridian-referral-form.html',
      '/meridian/frames/referral-form.html?case=MER-55012',
      {
        system: 'Meridian Case Manager',
        caseReference: 'MER-55012',
        subject: 'Ellis Varga-Morton',
        decision: 'Closed at screening — single-agency response by the health visiting service',
        decisionMaker: 'Colette Brannigan, Practice Manager',
        decisionTeam: 'Front Door (MASH)',
      },
    ],
    [
      'AdultCare Connect, a strategy meeting outcome',
      'adultcare/strategy-meeting/ASC-7781.html',
      undefined,
      {
        system: 'AdultCare Connect',
        caseReference: 'ASC-7781',
        subject: 'Margaret Ellingham-Rowe',
        decision: 'No further safeguarding enquiry (Section 42) — concerns to be managed through care review',
        decisionMaker: 'Sandra Okafor-Bright, Safeguarding Adults Team Manager',
        decisionTeam: 'Wexcombe County Council Adult Social Care',
      },
    ],
    [
      'the hostile page (CaseBook markup under a stylesheet that resets everything)',
      'hostile/case/CR-990001.html',
      undefined,
      {
        system: 'CaseBook',
        caseReference: 'CR-990001',
        subject: 'Oliver Pemberton-Quaid',
        decision: "No further action — case closed to Children's Social Care",
        decisionMaker: 'Imogen Fairweather-Stroud, Team Manager',
        decisionTeam: 'Assessment Team West',
      },
    ],
    [
      'CaseBook, with a session id in the address',
      'casebook/case/CR-204871.html',
      '/casebook/case/CR-204871.html;jsessionid=1A2B3C?tab=decision#decision-heading',
      {
        system: 'CaseBook',
        caseReference: 'CR-204871',
        subject: 'Maisie Thornbury',
        decision: "No further action — case closed to Children's Social Care",
        decisionMaker: 'Daniel Ashworth-Kerr, Team Manager',
        decisionTeam: 'Assessment Team East',
      },
    ],
  ])('%s', (_name, file, urlPath, expected) => {
    const { doc, url } = demoPage(file, urlPath);
    expect(detectCase(doc, url)).toEqual(expected);
  });

  test('the second CaseBook record is read from the same markup', () => {
    const { doc, url } = demoPage('casebook/case/CR-311502.html');
    expect(detectCase(doc, url)).toMatchObject({
      system: 'CaseBook',
      caseReference: 'CR-311502',
      subject: 'Rhys Calloway-Penn',
    });
  });

  test('Meridian before its content has loaded shows no case yet', () => {
    const { doc, url } = demoPage('meridian/index.html', '/meridian/cases/MER-55012');
    expect(detectCase(doc, url)).toBeNull();
  });

  test('Meridian without a current decision step takes the latest decided step', () => {
    const { doc, url } = demoPage('meridian-case-MER-55012.html', '/meridian/cases/MER-55012');
    doc.querySelector('[aria-current="step"]')!.removeAttribute('aria-current');
    expect(detectCase(doc, url)?.decisionMaker).toBe('Colette Brannigan, Practice Manager');
    for (const decision of doc.querySelectorAll('[data-field="decision"]'))
      decision.removeAttribute('data-field');
    expect(detectCase(doc, url)).toEqual({
      system: 'Meridian Case Manager',
      caseReference: 'MER-55012',
      subject: 'Ellis Varga-Morton',
    });
  });

  test('a hostile page that moved its fields around still yields only labelled values', () => {
    const { doc, url } = demoPage('hostile/case/CR-990001.html');
    // The page rewrites itself: a decoy reference outside the summary, and the decision panel moved first.
    const decoy = doc.createElement('p');
    decoy.textContent = 'Case reference: CR-000000';
    doc.body.prepend(decoy);
    const main = doc.querySelector('main')!;
    main.prepend(doc.querySelector('.decision-panel')!);
    expect(detectCase(doc, url)).toMatchObject({
      caseReference: 'CR-990001',
      decisionMaker: 'Imogen Fairweather-Stroud, Team Manager',
    });
  });

  test('a CaseBook page that shows no case (its summary missing) falls through to the generic reader', () => {
    const { doc, url } = demoPage('casebook/case/CR-204871.html');
    doc.querySelector('dl.case-summary')!.remove();
    // The chronology still says nothing labelled, so nothing is found.
    expect(detectCase(doc, url)).toBeNull();
  });
});
