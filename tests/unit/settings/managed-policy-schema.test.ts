import { describe, expect, test, vi } from 'vitest';
import {
  applyManagedSettings,
  isSitePermitted,
  managedFieldsChangedBy,
  notPermittedMessage,
  parseManagedPolicy,
} from '../../../lib/settings/managed-policy-schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings-schema';
import { builtInProtocols } from '../../../lib/protocols';

describe('parseManagedPolicy', () => {
  test('good keys apply; a bad key is dropped with a warning naming it, the rest still apply', () => {
    const policy = parseManagedPolicy({
      nation: 'scotland',
      workingHours: { start: '17:00', end: '09:00' },
      retentionMonths: 24,
      subjectPrefix: 'OFFICIAL',
      notifications: 'yes',
    });
    expect(policy.settings).toEqual({ nation: 'scotland', retentionMonths: 24, subjectPrefix: 'OFFICIAL' });
    expect(policy.managed).toEqual(['nation', 'subjectPrefix', 'retentionMonths']);
    expect(policy.warnings).toHaveLength(2);
    expect(policy.warnings[0]).toMatch(/^workingHours\.end: end must be later than start/);
    expect(policy.warnings[1]).toMatch(/^notifications: /);
  });

  test.each([null, undefined, 'scotland', [], 42])('%p is no policy at all', (raw) => {
    expect(parseManagedPolicy(raw)).toMatchObject({ settings: {}, managed: [], permittedSites: null });
  });

  test('unknown keys are ignored', () => {
    expect(parseManagedPolicy({ somethingElse: true }).managed).toEqual([]);
  });

  test('permitted sites fail closed: bad entries are dropped, the limit stays', () => {
    const policy = parseManagedPolicy({ permittedSites: ['https://cases.example.gov.uk/*', 'ftp://x/*'] });
    expect(policy.permittedSites).toEqual(['https://cases.example.gov.uk/*']);
    expect(policy.warnings[0]).toMatch(/^permittedSites\.1: must be an origin pattern/);
    const none = parseManagedPolicy({ permittedSites: ['not a pattern'] });
    expect(none.permittedSites).toEqual([]);
    expect(isSitePermitted('https://cases.example.gov.uk/*', none.permittedSites)).toBe(false);
  });

  test('lock policy and protocol files (text or object) are read', () => {
    const protocol = builtInProtocols[0]!;
    const custom = { ...protocol, id: 'policy-protocol', name: 'Policy protocol' };
    const policy = parseManagedPolicy({
      lockRequired: true,
      autoLockMinutes: 15,
      protocolFiles: [JSON.stringify(custom), { ...custom, id: 'policy-protocol-2' }, '{broken'],
    });
    expect(policy.lock).toEqual({ lockRequired: true, autoLockMinutes: 15 });
    expect(policy.protocols.map((p) => p.id)).toEqual(['policy-protocol', 'policy-protocol-2']);
    expect(policy.warnings).toEqual([expect.stringMatching(/^protocolFiles\.2: .*not valid JSON/)]);
  });

  test('does not warn through the console itself (the background decides)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    parseManagedPolicy({ nation: 'atlantis' });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('applying the policy', () => {
  const policy = parseManagedPolicy({ nation: 'scotland', workingHours: { start: '08:00', end: '16:00' } });

  test('the policy wins over the practitioner’s own settings', () => {
    const merged = applyManagedSettings({ ...DEFAULT_SETTINGS, nation: 'northern-ireland' }, policy);
    expect(merged.nation).toBe('scotland');
    expect(merged.workingHours).toEqual({ start: '08:00', end: '16:00' });
    expect(merged.subjectPrefix).toBe(DEFAULT_SETTINGS.subjectPrefix);
  });

  test.each([
    [{ nation: 'england-and-wales' as const }, ['nation']],
    [{ nation: 'scotland' as const }, []],
    [{ workingHours: { start: '08:00', end: '16:00' } }, []],
    [{ subjectPrefix: 'X' }, []],
  ])('an update %j changes the managed fields %j', (update, changed) => {
    expect(managedFieldsChangedBy(update, policy)).toEqual(changed);
  });
});

describe('isSitePermitted', () => {
  const permitted = ['https://cases.example.gov.uk/*', 'https://*.council.gov.uk/*', 'http://127.0.0.1/*'];
  test.each([
    ['https://cases.example.gov.uk/*', true],
    ['https://other.example.gov.uk/*', false],
    ['https://council.gov.uk/*', true],
    ['https://records.north.council.gov.uk/*', true],
    ['https://evilcouncil.gov.uk/*', false],
    ['http://cases.example.gov.uk/*', false],
    ['http://127.0.0.1:4321/*', true],
    ['https://*/*', false],
    ['nonsense', false],
  ])('%s → %s', (requested, expected) => {
    expect(isSitePermitted(requested, permitted)).toBe(expected);
  });

  test('no list means no limit', () => {
    expect(isSitePermitted('https://anything.example/*', null)).toBe(true);
  });

  test('the refusal names the permitted sites', () => {
    expect(notPermittedMessage(['https://a.example/*'])).toBe(
      'Your organisation allows Challenge Companion only on: https://a.example/*',
    );
  });
});
