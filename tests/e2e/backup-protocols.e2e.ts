import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';
import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';

/**
 * A partnership's own protocol travels in the backup: a practitioner imports it, opens a challenge
 * under it and exports; the file is restored into a fresh browser profile that never imported the
 * protocol, and the challenge is there, read with that protocol (docs/backup-format.md).
 */

const PROTOCOL_FILE = path.resolve('tests/fixtures/protocols/valid-custom.json');
const CASE_REFERENCE = 'NS-2025-0042';

interface ProtocolFile {
  id: string;
  name: string;
  partnership: string;
  version: string;
  stages: { title: string }[];
  areasOfDisagreement: { id: string }[];
}

async function optionsPage(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(page.getByLabel('Your name')).toBeVisible();
  return page;
}

let profiles: ExtensionBrowser[] = [];
test.afterEach(async () => {
  for (const profile of profiles) await profile.close();
  profiles = [];
});

test('a challenge under an imported protocol is restored into a fresh profile with its protocol', async () => {
  test.setTimeout(120_000);
  const protocol = JSON.parse(await readFile(PROTOCOL_FILE, 'utf8')) as ProtocolFile;
  const listedAs = `${protocol.partnership}: ${protocol.name} (${protocol.version}), imported`;

  // Profile A: import the partnership's protocol file, open a challenge under it, export a backup.
  const a = await launchWithExtension();
  profiles.push(a);
  const page = await optionsPage(a);
  const protocols = page.getByRole('region', { name: 'Protocol' });
  await protocols.getByLabel('Protocol file').setInputFiles(PROTOCOL_FILE);
  await protocols.getByRole('button', { name: 'Import protocol' }).click();
  await expect(protocols.getByRole('status').filter({ hasText: 'Imported' })).toContainText(protocol.name);
  const opened = await sendFromPage<{ ok: boolean; value: { challengeId: string } }>(page, 'challenge/open', {
    opened: {
      ...darlingtonOpening(CASE_REFERENCE),
      protocolId: protocol.id,
      protocolVersion: protocol.version,
      areaOfDisagreement: protocol.areasOfDisagreement[0]!.id,
    },
  });
  expect(opened.ok).toBe(true);
  const data = page.getByRole('region', { name: 'Data' });
  const downloading = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Export a backup' }).click();
  const backupPath = (await (await downloading).path())!;
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as {
    meta: { key: string; value: { id: string }[] }[];
  };
  expect(backup.meta.find((item) => item.key === 'protocols:imported')?.value.map((p) => p.id)).toEqual([
    protocol.id,
  ]);

  // Profile B: a new browser profile that never imported the protocol.
  const b = await launchWithExtension();
  profiles.push(b);
  const restore = await optionsPage(b);
  await expect(
    restore
      .getByRole('region', { name: 'Protocol' })
      .getByLabel('Default protocol')
      .locator(`option[value="${protocol.id}"]`),
  ).toHaveCount(0);
  const restoreData = restore.getByRole('region', { name: 'Data' });
  await restoreData.getByLabel('Backup file').setInputFiles(backupPath);
  await restoreData.getByRole('button', { name: 'Import the backup' }).click();
  await expect(restoreData.getByText('Imported. 1 challenge added.')).toBeVisible({ timeout: 30_000 });
  await expect(restoreData.getByRole('alert')).toHaveCount(0);
  await restoreData.screenshot({ path: test.info().outputPath('restored-data-section.png') });

  // The protocol is installed here now, listed by its name.
  await restore.reload();
  const select = restore.getByRole('region', { name: 'Protocol' }).getByLabel('Default protocol');
  await expect(select.locator(`option[value="${protocol.id}"]`)).toHaveText(listedAs);

  // The challenge is listed on the dashboard, read with that protocol (its stage title comes from it).
  const dashboard = await b.context.newPage();
  await dashboard.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  const row = dashboard.getByRole('table').locator('tbody tr').filter({ hasText: CASE_REFERENCE });
  await expect(row).toContainText(`Stage 1: ${protocol.stages[0]!.title}`);
  const listed = await sendFromPage<{ value: { items: { challengeId: string; protocolId: string }[] } }>(
    dashboard,
    'challenge/list',
    { limit: 10 },
  );
  const named = await sendFromPage<{ value: { protocols: { id: string; name: string }[] } }>(
    dashboard,
    'protocols/list',
    {},
  );
  expect(
    listed.value.items.map((item) => [
      item.challengeId,
      named.value.protocols.find((p) => p.id === item.protocolId)?.name,
    ]),
  ).toEqual([[opened.value.challengeId, protocol.name]]);
  await dashboard.screenshot({ path: test.info().outputPath('restored-dashboard.png') });
});
