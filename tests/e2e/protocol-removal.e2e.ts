import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Result } from 'axe-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchWithExtension, type ExtensionBrowser, openOptionsPage } from './support/browser.mjs';
import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';

/**
 * Removing an imported protocol in the options page (Options → Protocol): a mistaken import goes, one a
 * stored challenge follows is refused with the count, and the confirmation step is keyboard operable and
 * passes axe (the same WCAG tags as accessibility.e2e.ts) while open.
 */
const FILE = path.resolve('tests/fixtures/protocols/valid-custom.json');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let extension: ExtensionBrowser;
test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => {
  await extension.close();
});

const openOptions = () => openOptionsPage(extension);

const describe = (violations: Result[]) =>
  violations
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')}`))
    .join('\n');

test('an imported protocol is removed after confirming; one a challenge follows is refused', async ({}, testInfo) => {
  const text = await readFile(FILE, 'utf8');
  const northshire = JSON.parse(text) as { id: string; name: string; partnership: string; version: string };
  const westshire = { ...JSON.parse(text), id: 'westshire-2025', partnership: 'Westshire (fictional)' };
  const label = `${northshire.partnership}: ${northshire.name} (${northshire.version})`;
  const westLabel = `${westshire.partnership}: ${northshire.name} (${northshire.version})`;

  const page = await openOptions();
  const section = page.getByRole('region', { name: 'Protocol' });
  const imported = section.getByRole('list', { name: 'Imported protocols' });
  await expect(section.getByText('No imported protocols.')).toBeVisible();

  // Two partnership files through the page's own import.
  for (const [name, body, partnership] of [
    ['northshire.json', text, northshire.partnership],
    ['westshire.json', JSON.stringify(westshire), westshire.partnership],
  ] as const) {
    await section
      .getByLabel('Protocol file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await section.getByRole('button', { name: 'Import protocol' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Imported' })).toContainText(partnership);
  }
  await expect(imported.getByRole('listitem')).toHaveCount(2);

  // A challenge under Westshire's protocol, sent as the sidebar form sends it.
  const opened = await sendFromPage<{ ok: boolean }>(page, 'challenge/open', {
    opened: {
      ...darlingtonOpening('WS-2025-0007'),
      protocolId: 'westshire-2025',
      protocolVersion: northshire.version,
    },
  });
  expect(opened.ok).toBe(true);

  // The confirmation by keyboard: Enter opens it with focus inside, Escape closes it and returns focus.
  const removeNorthshire = imported.getByRole('button', { name: `Remove ${label}` });
  await removeNorthshire.focus();
  await page.keyboard.press('Enter');
  const confirmation = section.getByRole('group', { name: `Remove “${label}”?` });
  await expect(confirmation).toBeFocused();
  await expect(removeNorthshire).toHaveAttribute('aria-expanded', 'true');

  const axe = await new AxeBuilder({ page }).include('#protocol').withTags(TAGS).analyze();
  expect(describe(axe.violations), 'axe on the protocol section, confirmation open').toBe('');
  expect(axe.passes.length).toBeGreaterThan(5);
  await confirmation.scrollIntoViewIfNeeded();
  await section.screenshot({ path: testInfo.outputPath('protocol-remove-confirm.png') });

  await page.keyboard.press('Escape');
  await expect(confirmation).toHaveCount(0);
  await expect(removeNorthshire).toBeFocused();

  // Confirmed by keyboard: Tab to "Yes, remove it" and press Enter.
  await page.keyboard.press('Enter');
  await expect(confirmation).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirmation.getByRole('button', { name: 'Yes, remove it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(`Removed “${label}”.`);
  await expect(imported.getByRole('listitem')).toHaveCount(1);
  await expect(removeNorthshire).toHaveCount(0);
  await expect(section.getByRole('heading', { name: 'Imported protocols' })).toBeFocused();
  await expect(
    section.getByLabel('Default protocol').locator(`option[value="${northshire.id}"]`),
  ).toHaveCount(0);

  // Westshire's protocol is followed by the challenge: refused, with the count, and still listed.
  await imported.getByRole('button', { name: `Remove ${westLabel}` }).click();
  await section.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(section.getByRole('alert')).toContainText(
    `“${westLabel}” cannot be removed: 1 stored challenge follows it (1 open, 0 closed)`,
  );
  await expect(section.getByRole('alert')).toContainText('Nothing was removed.');
  await expect(section.getByRole('status').filter({ hasText: 'Removed' })).toHaveCount(0);
  await section.screenshot({ path: testInfo.outputPath('protocol-remove-refused.png') });

  // Still gone after a reload (it was removed from storage, not only from the page).
  await page.reload();
  const reloaded = page.getByRole('region', { name: 'Protocol' });
  await expect(reloaded.getByRole('list', { name: 'Imported protocols' }).getByRole('listitem')).toHaveText([
    new RegExp(`^${westLabel.replace(/[()]/g, '\\$&')}`),
  ]);
  await page.close();
});
