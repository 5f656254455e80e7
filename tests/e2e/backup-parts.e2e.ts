import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PART_CHARS } from '../../lib/messaging/transfer';
import { exportFromPage } from './support/backup-transfer';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';
import { sendFromPage } from './support/challenge-drafts';

/**
 * A backup larger than one message part goes through the options page both ways: imported from a
 * file, exported to a download, and that download imported again with "Replace". The file is built
 * so that a surrogate pair (an emoji in a note) straddles the first part boundary.
 */

const CHALLENGES = 40;
const NOTES = 25;
const NOTE_CHARS = 9000;

/** A backup of CHALLENGES open Darlington challenges with long notes; `pad` shifts the text by characters. */
function buildBackup(pad: number): string {
  const start = Date.parse('2026-01-05T09:00:00.000Z');
  const challenges = Array.from({ length: CHALLENGES }, (_, c) => {
    const challengeId = `00000000-0000-4000-8000-${String(c + 1).padStart(12, '0')}`;
    const stamp = (seq: number) => ({
      id: `00000000-0000-4000-9000-${String(c * 100 + seq + 1).padStart(12, '0')}`,
      challengeId,
      seq,
      at: new Date(start + c * 86_400_000 + seq * 3_600_000).toISOString(),
    });
    const opened = {
      type: 'opened',
      protocolId: 'darlington-dsp-2024',
      protocolVersion: 'DSP2 (V2)',
      nation: 'england-and-wales',
      workingHours: { start: '09:00', end: '17:00' },
      caseReference: `CR-${700_000 + c}`,
      subject: 'child',
      childInCare: false,
      areaOfDisagreement: 'threshold-decisions',
      decision: { quote: 'Decision: No further action — case closed to Children’s Social Care' },
      decisionMaker: { name: 'Sam Ortiz', role: 'Team manager', agency: 'Children’s Social Care' },
      practitioner: { name: 'Priya Shah', role: 'Health visitor', agency: 'Community NHS Trust' },
      reason: 'Three unexplained bruises reported in a month; the decision does not address them.',
      outcomeSought: 'A strategy discussion about the child’s safety.',
      immediateRisk: false,
      startingStage: 1,
      ...stamp(0),
    };
    const notes = Array.from({ length: NOTES }, (_, n) => {
      const lead = `Visit ${n + 1} (${c === 0 && n === 0 ? 'x'.repeat(pad) : ''}) café 👶🏠 `;
      return {
        type: 'note-added',
        text: lead + '👶'.repeat((NOTE_CHARS - lead.length) / 2),
        ...stamp(n + 1),
      };
    });
    return { challengeId, events: [opened, ...notes] };
  });
  return JSON.stringify({
    format: 'challenge-companion-backup',
    version: 2,
    exportedAt: '2026-03-01T12:00:00.000Z',
    challenges,
    meta: [],
  });
}

/** The backup whose first part would end between the two halves of an emoji if cut at PART_CHARS. */
function straddlingBackup(): string {
  for (let pad = 0; pad < 20; pad += 1) {
    const text = buildBackup(pad);
    const code = text.charCodeAt(PART_CHARS - 1);
    if (code >= 0xd800 && code <= 0xdbff) return text;
  }
  throw new Error('No padding put a surrogate pair on the part boundary');
}

/** Records every text the Data section's live regions show, so passing progress lines can be checked. */
async function recordStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    const section = document.querySelector('#data')!;
    new MutationObserver(() => {
      for (const status of section.querySelectorAll('[role="status"]')) {
        const text = status.textContent ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(section, { subtree: true, childList: true, characterData: true });
  });
}

const statusTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);

let extension: ExtensionBrowser;
test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => {
  await extension.close();
});

test('a backup of more than one part is imported, exported and imported again through the options page', async () => {
  test.setTimeout(240_000);
  const seed = straddlingBackup();
  expect(seed.length).toBeGreaterThan(PART_CHARS);
  expect(seed.length).toBeLessThan(2 * PART_CHARS);
  const seeded = JSON.parse(seed) as { challenges: unknown[] };

  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const data = page.getByRole('region', { name: 'Data' });
  await expect(data.getByLabel('Backup file')).toBeVisible();
  await recordStatuses(page);

  // 1. Import the file (two parts) into the empty store.
  await data.getByLabel('Backup file').setInputFiles({
    name: 'large-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(seed, 'utf8'),
  });
  await data.getByRole('button', { name: 'Import the backup' }).click();
  await expect(data.getByText(`Imported. ${CHALLENGES} challenges added.`)).toBeVisible({ timeout: 90_000 });
  expect(await statusTexts(page)).toEqual(
    expect.arrayContaining([
      'Sending the backup: part 1 of 2…',
      'Sending the backup: part 2 of 2…',
      expect.stringMatching(/^Checking and importing the backup/),
    ]),
  );
  const listed = await sendFromPage<{ ok: boolean; value: { items: unknown[] } }>(page, 'challenge/list', {
    limit: 100,
  });
  expect(listed.value.items).toHaveLength(CHALLENGES);

  // 2. Export it to a download (two parts): the same histories, character for character.
  const downloading = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Export a backup' }).click();
  const download = await downloading;
  await expect(
    data.getByText(/^Backup saved to your downloads as challenge-companion-backup-/),
  ).toBeVisible();
  const exported = await readFile((await download.path())!, 'utf8');
  expect(exported.length).toBeGreaterThan(PART_CHARS);
  expect(JSON.parse(exported)).toMatchObject({ format: 'challenge-companion-backup', version: 2 });
  expect((JSON.parse(exported) as { challenges: unknown[] }).challenges).toEqual(seeded.challenges);
  expect(await statusTexts(page)).toEqual(
    expect.arrayContaining([
      'Preparing the backup…',
      'Exporting the backup: part 1 of 2…',
      'Exporting the backup: part 2 of 2…',
    ]),
  );

  // 3. Import that download with "Replace": the store holds exactly the same histories again.
  await data.getByLabel('Backup file').setInputFiles((await download.path())!);
  await data.getByLabel('Replace them all with the backup').check();
  // By keyboard: the button stays focusable while busy (aria-disabled), so focus is not lost.
  const replace = data.getByRole('button', { name: 'Replace with the backup' });
  await replace.focus();
  await page.keyboard.press('Enter');
  await expect(data.getByText(`Imported. ${CHALLENGES} challenges added.`)).toBeVisible({ timeout: 90_000 });
  await expect(replace).toBeFocused();
  await expect(replace).toHaveAttribute('aria-disabled', 'false');
  await expect(data.getByRole('alert')).toHaveCount(0);
  const axe = await new AxeBuilder({ page })
    .include('#data')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await data.screenshot({ path: test.info().outputPath('data-section-after-replace.png') });
  const again = await exportFromPage(page);
  if (!again.ok) throw new Error(again.error.message);
  expect((JSON.parse(again.value.fileText) as { challenges: unknown[] }).challenges).toEqual(
    seeded.challenges,
  );
  await page.close();
});

test('a part sent out of order is refused and the store is left as it was', async () => {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const before = await exportFromPage(page);
  if (!before.ok) throw new Error(before.error.message);
  const text = buildBackup(0).replace(/"CR-7/g, '"CR-8');
  const begun = await sendFromPage<{ ok: boolean; value: { importId: string } }>(page, 'data/import-begin', {
    mode: 'replace',
    parts: 2,
    chars: text.length,
  });
  const { importId } = begun.value;
  const refused = await sendFromPage(page, 'data/import-part', {
    importId,
    index: 1,
    text: text.slice(PART_CHARS),
  });
  expect(refused).toMatchObject({
    ok: false,
    error: { kind: 'invalid', message: expect.stringContaining('nothing was changed') },
  });
  const commit = await sendFromPage(page, 'data/import-commit', { importId });
  expect(commit).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  const after = await exportFromPage(page);
  if (!after.ok) throw new Error(after.error.message);
  expect(JSON.parse(after.value.fileText).challenges).toEqual(JSON.parse(before.value.fileText).challenges);
  await page.close();
});
