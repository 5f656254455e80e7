import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanPageUrl } from '../../../lib/capture/page-url';

describe('cleanPageUrl', () => {
  test.each([
    [
      'keeps a plain case address',
      'https://case.example.gov.uk/casebook/case/CR-204871.html',
      'https://case.example.gov.uk/casebook/case/CR-204871.html',
    ],
    [
      'drops session and token parameters',
      'https://case.example.gov.uk/view?sid=8f2a&token=abc123&jsessionid=XYZ&caseRef=CR-1',
      'https://case.example.gov.uk/view?caseRef=CR-1',
    ],
    [
      'drops single sign-on callback parameters',
      'https://case.example.gov.uk/auth/callback?code=4%2F0Ab&state=xyz&session_state=77',
      'https://case.example.gov.uk/auth/callback',
    ],
    [
      'drops a ;jsessionid path parameter',
      'https://case.example.gov.uk/app/case.do;jsessionid=0A1B2C3D4E5F?id=55012',
      'https://case.example.gov.uk/app/case.do?id=55012',
    ],
    [
      'drops path parameters in every segment',
      'https://case.example.gov.uk/app;sid=1/case;v=2/CR-1',
      'https://case.example.gov.uk/app/case/CR-1',
    ],
    [
      'drops an ASP.NET cookieless session segment',
      'https://case.example.gov.uk/(S(lit3py55t21z5v55vlm25s55))/Case.aspx?case=CR-9',
      'https://case.example.gov.uk/Case.aspx?case=CR-9',
    ],
    [
      'drops userinfo',
      'https://jo.bloggs:hunter2@case.example.gov.uk/case/1',
      'https://case.example.gov.uk/case/1',
    ],
    [
      'drops an access token in the fragment',
      'https://case.example.gov.uk/#access_token=eyJhbGciOi&token_type=bearer',
      'https://case.example.gov.uk/',
    ],
    [
      'drops an in-page anchor',
      'https://case.example.gov.uk/casebook/case/CR-1.html#decision-heading',
      'https://case.example.gov.uk/casebook/case/CR-1.html',
    ],
    [
      'keeps a client-side route',
      'https://case.example.gov.uk/app/#/cases/MER-55012',
      'https://case.example.gov.uk/app/#/cases/MER-55012',
    ],
    [
      'keeps a hashbang route',
      'https://case.example.gov.uk/app/#!/cases/MER-55012',
      'https://case.example.gov.uk/app/#!/cases/MER-55012',
    ],
    [
      'cleans the query of a client-side route',
      'https://case.example.gov.uk/app/#/cases/42?token=abc&tab=notes',
      'https://case.example.gov.uk/app/#/cases/42?tab=notes',
    ],
    [
      'keeps allowed parameters whatever their letter case',
      'https://case.example.gov.uk/v?CaseID=77&Tab=decision&REF=CR-1',
      'https://case.example.gov.uk/v?CaseID=77&Tab=decision&REF=CR-1',
    ],
    [
      'drops an allowed name carrying a token-like value',
      'https://case.example.gov.uk/v?id=dGhpcyBpcyBhIHNlc3Npb24gdG9rZW4gaG9uZXN0bHk',
      'https://case.example.gov.uk/v',
    ],
    [
      'keeps a GUID record id',
      'https://crm.example.gov.uk/main.aspx?id=3f2504e0-4f89-11d3-9a0c-0305e82c3301&sessionid=zz',
      'https://crm.example.gov.uk/main.aspx?id=3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    ],
    [
      'drops personal data in the query',
      'https://case.example.gov.uk/search?nhsNumber=9434765919&surname=Bloggs',
      'https://case.example.gov.uk/search',
    ],
    [
      'keeps the port of a local demo site',
      'http://127.0.0.1:41873/meridian/cases/MER-55012?delay=400',
      'http://127.0.0.1:41873/meridian/cases/MER-55012',
    ],
    ['refuses non-web addresses', 'file:///C:/Users/jo/case.html', ''],
    ['refuses data addresses', 'data:text/html,<p>hi</p>', ''],
    ['refuses what is not an address', 'not a url', ''],
  ])('%s', (_name, url, expected) => {
    expect(cleanPageUrl(url)).toBe(expected);
  });

  test('an overlong address is cut back to what the message schema accepts', () => {
    const url = `https://case.example.gov.uk/${'segment/'.repeat(300)}?case=CR-1`;
    expect(cleanPageUrl(url)).toBe('https://case.example.gov.uk/');
  });

  test('never keeps a secret, wherever in the address it is put', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,30}$/).map((value) => `S3CRET${value}`);
    const name = fc.constantFrom(
      'sid',
      'token',
      'access_token',
      'code',
      'state',
      'jsessionid',
      'PHPSESSID',
      'auth',
    );
    fc.assert(
      fc.property(
        secret,
        name,
        fc.constantFrom('query', 'path', 'fragment', 'route', 'userinfo'),
        (value, key, place) => {
          const url = {
            query: `https://c.example/x?${key}=${value}&case=CR-1`,
            path: `https://c.example/x;${key}=${value}/y`,
            fragment: `https://c.example/x#${key}=${value}`,
            route: `https://c.example/x#/cases/1?${key}=${value}`,
            userinfo: `https://${key}:${value}@c.example/x`,
          }[place];
          expect(cleanPageUrl(url)).not.toContain(value);
        },
      ),
    );
  });
});
