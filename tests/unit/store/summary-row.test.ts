import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  caseReferenceSearchKey,
  fromSummaryRow,
  recencyKey,
  toSummaryRow,
} from '../../../lib/store/summary-row';
import { opened, testDeps } from './test-domain';

const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

test('recency keys sort the opposite way to the instants they come from', () => {
  fc.assert(
    fc.property(instant, instant, (a, b) => {
      const byInstant = Math.sign(Date.parse(a) - Date.parse(b));
      const byKey = recencyKey(a) < recencyKey(b) ? -1 : recencyKey(a) > recencyKey(b) ? 1 : 0;
      // `+ 0` turns -0 into 0: equal instants give equal keys.
      expect(byKey + 0).toBe(-byInstant + 0);
    }),
  );
});

test('an instant with an offset gets the key of the same instant in UTC', () => {
  expect(recencyKey('2025-05-02T11:00:00+01:00')).toBe(recencyKey('2025-05-02T10:00:00.000Z'));
});

test.each([
  ['cs 104 233', 'CS104233'],
  ['  Cs-104233\t', 'CS-104233'],
  ['ＣＳ１０４', 'CS104'],
])('case reference %j is matched as %j', (typed, key) => {
  expect(caseReferenceSearchKey(typed)).toBe(key);
});

test('a stored row reads back as exactly the summary that was written', () => {
  const summary = testDeps.summarise([opened('a', { caseReference: 'cs 1' })]);
  const row = toSummaryRow(summary);
  expect(row).toMatchObject({ caseReferenceKey: 'CS1', recencyKey: recencyKey(summary.lastChangeAt) });
  expect(fromSummaryRow(row)).toEqual(summary);
});
