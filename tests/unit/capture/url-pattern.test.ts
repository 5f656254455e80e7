import { describe, expect, test } from 'vitest';
import { compileUrlPattern } from '../../../lib/capture/url-pattern';

describe('compileUrlPattern', () => {
  test.each([
    ['https://case.example.gov.uk/*', 'https://case.example.gov.uk/records/CR-1', true],
    ['https://case.example.gov.uk/*', 'https://case.example.gov.uk/', true],
    ['https://case.example.gov.uk/*', 'http://case.example.gov.uk/records', false],
    ['https://case.example.gov.uk/*', 'https://evil.example/case.example.gov.uk/', false],
    ['https://case.example.gov.uk/*', 'https://case.example.gov.uk.evil.example/', false],
    ['*://case.example.gov.uk/*', 'http://case.example.gov.uk/x', true],
    ['*://*.example.gov.uk/cases/*', 'https://north.case.example.gov.uk/cases/42', true],
    ['*://*.example.gov.uk/cases/*', 'https://example.gov.uk/cases/42', true],
    ['*://*.example.gov.uk/cases/*', 'https://notexample.gov.uk/cases/42', false],
    ['*://*.example.gov.uk/cases/*', 'https://a.example.gov.uk/people/42', false],
    ['case.example.gov.uk/*', 'https://case.example.gov.uk/any', true],
    ['case.example.gov.uk', 'https://case.example.gov.uk/any/path', true],
    ['https://case.example.gov.uk/view?id=*', 'https://case.example.gov.uk/view?id=77', true],
    ['https://case.example.gov.uk/view?id=*', 'https://case.example.gov.uk/viewXid=77', false],
    ['https://case.example.gov.uk/a.b/*', 'https://case.example.gov.uk/aXb/c', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:41873/casebook/', true],
    ['http://127.0.0.1:8080/*', 'http://127.0.0.1:41873/casebook/', false],
    ['http://127.0.0.1:8080/*', 'http://127.0.0.1:8080/casebook/', true],
    ['https://case.example.gov.uk:443/*', 'https://case.example.gov.uk/x', true],
    ['HTTPS://Case.Example.gov.uk/*', 'https://case.example.gov.uk/x', true],
    ['<all_urls>', 'https://anything.example/x', true],
    ['*://*/*', 'http://localhost/x', true],
  ])('%s on %s: %s', (pattern, url, expected) => {
    const matcher = compileUrlPattern(pattern);
    expect(matcher).not.toBeNull();
    expect(matcher!(new URL(url))).toBe(expected);
  });

  test.each([
    [''],
    ['   '],
    ['ftp://case.example.gov.uk/*'],
    ['https://case.*.gov.uk/*'],
    ['https://*case.example.gov.uk/*'],
    ['https://case example/*'],
    ['https://../*'],
    ['https://case..example/*'],
    ['https:///path'],
    ['javascript:alert(1)'],
    ['https://' + 'a'.repeat(600) + '/*'],
  ])('rejects %j', (pattern) => {
    expect(compileUrlPattern(pattern)).toBeNull();
  });
});
