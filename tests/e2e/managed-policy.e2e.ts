import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectEventually } from './support/browser.mjs';
import { sendFromPage } from './support/challenge-drafts';
import { launchUnderPolicy, type PolicyBrowser } from './support/policy-browser';

const customProtocolText = readFileSync(path.resolve('tests/fixtures/protocols/valid-custom.json'), 'utf8');
const customProtocolId = (JSON.parse(customProtocolText) as { id: string }).id;
const POLICY = {
  nation: 'scotland',
  permittedSites: ['https://cases.example.gov.uk/*'],
  retentionMonths: 12,
  protocolFiles: [customProtocolText],
  // Fails the extension's own check (end before start): dropped alone, the rest still apply.
  workingHours: { start: '17:00', end: '09:00' },
};

interface Reply<T> {
  ok: boolean;
  value: T;
  error: { message: string };
}
type SettingsReply = Reply<{ settings: { nation: string; retentionMonths: number }; managed: string[] }>;

let launched: PolicyBrowser | undefined;

test.beforeAll(async () => {
  const prepared = await launchUnderPolicy(POLICY);
  if (!('skip' in prepared)) launched = prepared;
});

test.afterAll(async () => launched?.close());

async function optionsPage(): Promise<Page> {
  const page = await launched!.extension.context.newPage();
  await page.goto(`chrome-extension://${launched!.extensionId}/options.html`);
  return page;
}

test('IT’s policy is applied, shown as managed, and cannot be changed by the practitioner', async () => {
  test.skip(!launched, 'Neither unshare nor a writable /etc/chromium is available to hold a policy file.');
  const page = await optionsPage();
  // The extension id in the policy is the one the manifest key pins.
  expect(
    launched!.extension.context.serviceWorkers().some((w) => w.url().includes(launched!.extensionId)),
  ).toBe(true);

  let reply: SettingsReply | undefined;
  await expectEventually(async () => {
    reply = await sendFromPage<SettingsReply>(page, 'settings/get', {});
    return reply.ok && reply.value.managed.includes('nation');
  }, 15_000);
  expect(reply!.value.settings).toMatchObject({ nation: 'scotland', retentionMonths: 12 });
  expect(reply!.value.managed).toEqual(
    expect.arrayContaining(['nation', 'retentionMonths', 'permittedSites']),
  );
  expect(reply!.value.managed).not.toContain('workingHours');

  await page.reload();
  const nation = page.getByRole('region', { name: 'Nation and working hours' }).getByLabel('Nation');
  await expect(nation).toBeDisabled();
  await expect(nation).toHaveValue('scotland');
  await expect(nation).toHaveAccessibleDescription(/Set by your organisation/);
  await expect(page.getByLabel('Working day starts')).toBeEnabled();
  await expect(page.getByLabel(/Delete closed challenges/)).toBeDisabled();

  const refused = await sendFromPage<Reply<unknown>>(page, 'settings/update', {
    nation: 'england-and-wales',
  });
  expect(refused.ok).toBe(false);
  expect(refused.error.message).toBe(
    'nation: is set by your organisation and cannot be changed here. Nothing was saved.',
  );
  // Other settings still save, and the managed value stays in force.
  const saved = await sendFromPage<SettingsReply>(page, 'settings/update', { subjectPrefix: 'OFFICIAL' });
  expect(saved.ok).toBe(true);
  expect(saved.value.settings.nation).toBe('scotland');

  const protocols = await sendFromPage<Reply<{ protocols: { id: string }[] }>>(page, 'protocols/list', {});
  expect(protocols.value.protocols.map((p) => p.id)).toContain(customProtocolId);
  await page.close();
});

test('a site outside the organisation’s list is refused before the browser is asked', async () => {
  test.skip(!launched, 'Neither unshare nor a writable /etc/chromium is available to hold a policy file.');
  const page = await optionsPage();
  const sites = page.getByRole('region', { name: 'Case-management sites' });
  await expect(sites.getByText('Your organisation allows Challenge Companion only on:')).toBeVisible();
  await sites.getByLabel('Site address').fill('https://other.example.org');
  await sites.getByRole('button', { name: 'Allow this site' }).click();
  await expect(sites.getByLabel('Site address')).toHaveAccessibleDescription(
    /Your organisation allows Challenge Companion only on: https:\/\/cases\.example\.gov\.uk\/\*/,
  );
  const granted = await page.evaluate(() => chrome.permissions.getAll());
  expect(granted.origins ?? []).not.toContain('https://other.example.org/*');
  await page.close();
});
