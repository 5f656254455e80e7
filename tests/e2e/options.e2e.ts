import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/store/backup-format';
import { launchWithExtension, type ExtensionBrowser, openOptionsPage } from './support/browser.mjs';

const PROTOCOLS = path.resolve('tests/fixtures/protocols');

let extension: ExtensionBrowser;

test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => {
  await extension.close();
});

const openOptions = () => openOptionsPage(extension);

const aboutYou = (page: Page) => page.getByRole('region', { name: 'About you' });
const protocolSection = (page: Page) => page.getByRole('region', { name: 'Protocol' });

test.describe('the settings page', () => {
  test('"About you" is saved and still there after a reload', async () => {
    const page = await openOptions();
    const section = aboutYou(page);
    await section.getByLabel('Your name').fill('Sam Okafor');
    await section.getByLabel('Your role').fill('Social worker');
    await section.getByLabel('Your agency').fill('Northshire Children’s Services');
    await section.getByLabel('Your work email').fill('sam.okafor@northshire.gov.uk');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByRole('status')).toHaveText('Saved.');

    await page.reload();
    await expect(page.getByLabel('Your name')).toHaveValue('Sam Okafor');
    await expect(page.getByLabel('Your role')).toHaveValue('Social worker');
    await expect(page.getByLabel('Your agency')).toHaveValue('Northshire Children’s Services');
    await expect(page.getByLabel('Your work email')).toHaveValue('sam.okafor@northshire.gov.uk');
    await page.close();
  });

  test('a bad email is refused beside the field, and nothing is saved', async () => {
    const page = await openOptions();
    const section = aboutYou(page);
    await section.getByLabel('Your work email').fill('first.saved@northshire.gov.uk');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByRole('status')).toHaveText('Saved.');

    await section.getByLabel('Your name').fill('Changed Name');
    const email = section.getByLabel('Your work email');
    await email.fill('not-an-email');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/must be an email address/);
    await expect(section.getByRole('alert')).toContainText('Nothing was saved');
    await expect(section.getByRole('status')).not.toContainText('Saved');

    await page.reload();
    await expect(page.getByLabel('Your work email')).toHaveValue('first.saved@northshire.gov.uk');
    await expect(page.getByLabel('Your name')).not.toHaveValue('Changed Name');
    await page.close();
  });

  test('an imported partnership protocol appears in the default protocol list and can be chosen', async () => {
    const file = path.join(PROTOCOLS, 'valid-custom.json');
    const { id, name } = JSON.parse(await readFile(file, 'utf8')) as { id: string; name: string };
    const page = await openOptions();
    const section = protocolSection(page);
    await section.getByLabel('Protocol file').setInputFiles(file);
    await section.getByRole('button', { name: 'Import protocol' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Imported' })).toContainText(name);

    const select = section.getByLabel('Default protocol');
    await expect(select.locator(`option[value="${id}"]`)).toHaveCount(1);
    await select.selectOption(id);
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(protocolSection(page).getByLabel('Default protocol')).toHaveValue(id);
    await page.close();
  });

  test('an invalid protocol file is refused with every problem listed', async () => {
    const page = await openOptions();
    const section = protocolSection(page);
    await section
      .getByLabel('Protocol file')
      .setInputFiles(path.join(PROTOCOLS, 'invalid-several-problems.json'));
    await section.getByRole('button', { name: 'Import protocol' }).click();
    const problems = section.getByRole('alert');
    await expect(problems).toContainText('The protocol file was not imported');
    await expect(problems.getByRole('listitem')).toHaveText([
      'name: is required',
      /^stages\[1\]\.timeframe\.days: /,
      /^areasOfDisagreement\[2\]\.id: duplicate id/,
    ]);
    await expect(
      section.getByLabel('Default protocol').locator('option[value="northshire-invalid-several"]'),
    ).toHaveCount(0);
    await page.close();
  });

  test('"Export a backup" downloads a backup file that imports again; a broken backup is refused', async () => {
    const page = await openOptions();
    const section = page.getByRole('region', { name: 'Data' });
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Export a backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^challenge-companion-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION });
    await expect(section.getByRole('status').filter({ hasText: 'Backup saved' })).toContainText(
      download.suggestedFilename(),
    );

    const file = section.getByLabel('Backup file');
    await file.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": 1}'),
    });
    await section.getByRole('button', { name: 'Import the backup' }).click();
    await expect(section.getByRole('alert')).toContainText('format: must be');
    await expect(file).toHaveAttribute('aria-invalid', 'true');

    await file.setInputFiles(await download.path());
    await section.getByLabel('Replace them all with the backup').check();
    await expect(section.getByText(/will be deleted and replaced/)).toBeVisible();
    await section.getByRole('button', { name: 'Replace with the backup' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
    await page.close();
  });

  test('a site adapter with an invalid regular expression is refused; a good one is added and removed', async () => {
    const page = await openOptions();
    const section = page.getByRole('region', { name: 'Site adapters' });
    await section.getByLabel('Site name').fill('Northshire case records');
    await section.getByLabel('Address pattern').fill('https://cases.northshire.example/case/*');
    const pattern = section.getByLabel('Case reference pattern (optional)');
    await pattern.fill('CR-(\\d{6}');
    await section.getByRole('button', { name: 'Add site adapter' }).click();
    await expect(pattern).toHaveAttribute('aria-invalid', 'true');
    await expect(pattern).toHaveAccessibleDescription(/is not a valid regular expression/);
    await expect(section.getByText('No site adapters yet.')).toBeVisible();

    await pattern.fill('CR-(\\d{6})');
    await section.getByRole('button', { name: 'Add site adapter' }).click();
    await expect(section.getByRole('status')).toHaveText('Saved.');
    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Site adapters' });
    await expect(reloaded.getByRole('listitem')).toContainText('Northshire case records');
    await page.screenshot({ path: 'test-results/screens/options.png', fullPage: true });

    await reloaded.getByRole('button', { name: 'Remove Northshire case records' }).click();
    await expect(reloaded.getByText('No site adapters yet.')).toBeVisible();
    await page.close();
  });

  test('the keyboard shortcut is shown', async () => {
    const page = await openOptions();
    await expect(page.getByTestId('shortcut-challenge-selection')).toHaveText(/^(Alt\+Shift\+K|Not set)/);
    await page.close();
  });
});
