import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectEventually, launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';
import { exportFromPage, importFromPage } from './support/backup-transfer';
import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };

const PASSPHRASE = 'plum orchard lantern 42';
const PHRASE = 'ZEBRA-QUILL-7731';
const CASE_REFERENCE = 'CR-OKAPI-5519';

/** Every file under `dir` holding `needle` as UTF-8 or UTF-16LE bytes (IndexedDB may store either). */
function filesContaining(dir: string, needle: string): string[] {
  const patterns = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      const stats = statSync(full, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isDirectory()) walk(full);
      else if (stats.isFile() && patterns.some((pattern) => readFileSync(full).includes(pattern)))
        hits.push(full);
    }
  };
  walk(dir);
  return hits;
}

async function extensionPage(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  return page;
}

async function openWithNote(page: Page) {
  const opened = await sendFromPage<Reply<{ challengeId: string; seq: number }>>(page, 'challenge/open', {
    opened: darlingtonOpening(CASE_REFERENCE),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const note = await sendFromPage<Reply<{ seq: number }>>(page, 'challenge/append', {
    challengeId: opened.value.challengeId,
    expectedSeq: 0,
    event: { type: 'note-added', text: `Spoke to the duty desk, reference ${PHRASE}.` },
  });
  expect(note.ok).toBe(true);
  return opened.value.challengeId;
}

async function badgeText(extension: ExtensionBrowser) {
  const worker = await extension.worker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

test('control: without the lock the note is on disk, so the search below can see it', async () => {
  const extension = await launchWithExtension();
  const page = await extensionPage(extension);
  await openWithNote(page);
  await extension.close({ keepProfile: true });
  try {
    expect(filesContaining(extension.userDataDir, PHRASE).length).toBeGreaterThan(0);
  } finally {
    rmSync(extension.userDataDir, { recursive: true, force: true });
  }
});

test('with the lock on, the note is nowhere on disk; the badge works locked; the passphrase unlocks it', async () => {
  test.setTimeout(120_000);
  let extension = await launchWithExtension();
  const profile = extension.userDataDir;
  try {
    let page = await extensionPage(extension);
    const tooShort = await sendFromPage<Reply<unknown>>(page, 'lock/setup', { passphrase: 'short' });
    expect(tooShort.ok).toBe(false);
    const setUp = await sendFromPage<Reply<{ enabled: boolean; locked: boolean }>>(page, 'lock/setup', {
      passphrase: PASSPHRASE,
    });
    expect(setUp).toMatchObject({ ok: true, value: { enabled: true, locked: false } });
    const challengeId = await openWithNote(page);
    const forCase = await sendFromPage<Reply<{ items: { challengeId: string; caseReference: string }[] }>>(
      page,
      'challenge/for-case',
      { caseReference: CASE_REFERENCE },
    );
    expect(forCase.ok && forCase.value.items.map((item) => item.challengeId)).toEqual([challengeId]);
    // Thirty days on (the background's test clock), Stage 1 is overdue: the badge must say so while locked.
    const worker = await extension.worker();
    await worker.evaluate(() => chrome.storage.local.set({ 'test:clock-offset-ms': 30 * 24 * 3600 * 1000 }));
    await extension.close({ keepProfile: true });

    expect(filesContaining(profile, PHRASE)).toEqual([]);
    expect(filesContaining(profile, CASE_REFERENCE)).toEqual([]);

    extension = await launchWithExtension({ userDataDir: profile });
    page = await extensionPage(extension);
    const status = await sendFromPage<Reply<{ enabled: boolean; locked: boolean }>>(page, 'lock/status', {});
    expect(status).toMatchObject({ ok: true, value: { enabled: true, locked: true } });
    const refused = await sendFromPage<Reply<unknown>>(page, 'challenge/get', { challengeId });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'locked' } });
    const listed = await sendFromPage<Reply<{ items: { challengeId: string; caseReference: unknown }[] }>>(
      page,
      'challenge/list',
      { limit: 50 },
    );
    expect(listed.ok ? listed.value.items : listed.error).toEqual([
      expect.objectContaining({ challengeId, caseReference: null }),
    ]);
    await expectEventually(async () => (await badgeText(extension)) === '1');

    const wrong = await sendFromPage<Reply<unknown>>(page, 'lock/unlock', {
      passphrase: 'not the passphrase',
    });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    const unlocked = await sendFromPage<Reply<{ locked: boolean }>>(page, 'lock/unlock', {
      passphrase: PASSPHRASE,
    });
    expect(unlocked).toMatchObject({ ok: true, value: { locked: false } });
    const read = await sendFromPage<
      Reply<{ events: { type: string; text?: string; caseReference?: string }[] }>
    >(page, 'challenge/get', { challengeId });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.events[0]?.caseReference).toBe(CASE_REFERENCE);
    expect(read.value.events.find((event) => event.type === 'note-added')?.text).toContain(PHRASE);

    // The backup taken under the lock is encrypted too.
    const backup = await exportFromPage(page);
    expect(backup.ok && backup.value.fileText.includes('"wrappedKey"')).toBe(true);
    expect(backup.ok && backup.value.fileText.includes(PHRASE)).toBe(false);

    // Locking again refuses reads at once.
    await sendFromPage(page, 'lock/lock', {});
    const again = await sendFromPage<Reply<unknown>>(page, 'challenge/get', { challengeId });
    expect(again).toMatchObject({ ok: false, error: { kind: 'locked' } });

    // The options page offers the unlock form while locked, and it unlocks with the passphrase.
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
    const after = await sendFromPage<Reply<{ locked: boolean }>>(page, 'lock/status', {});
    expect(after).toMatchObject({ ok: true, value: { locked: false } });
  } finally {
    await extension.close();
  }
});

type Listed = Reply<{
  items: { challengeId: string; nextDeadline: string | null; dueSoonAt?: string | null }[];
}>;

test('with the lock on, the alarm refresh of a due-soon row keeps it findable by case reference', async () => {
  test.setTimeout(120_000);
  const extension = await launchWithExtension();
  try {
    const page = await extensionPage(extension);
    const setUp = await sendFromPage<Reply<unknown>>(page, 'lock/setup', { passphrase: PASSPHRASE });
    expect(setUp.ok).toBe(true);
    const challengeId = await openWithNote(page);
    const before = await sendFromPage<Listed>(page, 'challenge/list', { limit: 50 });
    if (!before.ok) throw new Error(before.error.message);
    const row = before.value.items[0]!;
    // Waiting for the due-soon warning: the row's next deadline is the warning itself.
    expect(row.nextDeadline).not.toBeNull();
    expect(row.nextDeadline).toBe(row.dueSoonAt);

    // Past the warning: the periodic alarm must re-derive the row (nextDeadline moves on to the deadline).
    const offset = new Date(row.nextDeadline!).getTime() - Date.now() + 60_000;
    const worker = await extension.worker();
    await worker.evaluate((ms) => chrome.storage.local.set({ 'test:clock-offset-ms': ms }), offset);
    await worker.evaluate(() =>
      (
        chrome.alarms.onAlarm as unknown as { dispatch(alarm: { name: string; scheduledTime: number }): void }
      ).dispatch({ name: 'alerts:periodic', scheduledTime: Date.now() }),
    );
    await expectEventually(async () => {
      const after = await sendFromPage<Listed>(page, 'challenge/list', { limit: 50 });
      return after.ok && after.value.items[0]?.nextDeadline !== row.nextDeadline;
    });

    const forCase = await sendFromPage<Reply<{ items: { challengeId: string; caseReference: string }[] }>>(
      page,
      'challenge/for-case',
      { caseReference: CASE_REFERENCE },
    );
    expect(forCase.ok && forCase.value.items.map((item) => item.challengeId)).toEqual([challengeId]);
    expect(forCase.ok && forCase.value.items[0]?.caseReference).toBe(CASE_REFERENCE);
  } finally {
    await extension.close();
  }
});

test('an encrypted backup restores in a fresh profile with its passphrase; a wrong one writes nothing', async () => {
  test.setTimeout(180_000);
  const profileA = await launchWithExtension();
  let fileText = '';
  let challengeId = '';
  try {
    const page = await extensionPage(profileA);
    const setUp = await sendFromPage<Reply<unknown>>(page, 'lock/setup', { passphrase: PASSPHRASE });
    expect(setUp.ok).toBe(true);
    challengeId = await openWithNote(page);
    const backup = await exportFromPage(page);
    if (!backup.ok) throw new Error(backup.error.message);
    fileText = backup.value.fileText;
    expect(JSON.parse(fileText)).toMatchObject({
      version: 2,
      lock: { wrappedKey: { kdf: 'PBKDF2-SHA256' } },
    });
  } finally {
    await profileA.close();
  }

  const profileB = await launchWithExtension();
  try {
    const page = await extensionPage(profileB);
    const withoutPassphrase = await importFromPage(page, fileText, { mode: 'merge' });
    expect(withoutPassphrase).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    const wrong = await importFromPage(page, fileText, {
      mode: 'merge',
      passphrase: 'not the passphrase at all',
    });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    const stillOff = await sendFromPage<Reply<{ enabled: boolean }>>(page, 'lock/status', {});
    expect(stillOff).toMatchObject({ ok: true, value: { enabled: false } });
    const empty = await sendFromPage<Reply<{ items: unknown[] }>>(page, 'challenge/list', { limit: 50 });
    expect(empty.ok && empty.value.items).toEqual([]);

    // Through the options page: the passphrase field appears only for an encrypted file.
    const data = page.locator('#data');
    await data.locator('#backup-file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await data.getByLabel('Passphrase of the encrypted backup').fill(PASSPHRASE);
    await data.getByRole('button', { name: 'Import the backup' }).click();
    await expect(data.getByText('Imported. 1 challenge added.')).toBeVisible({ timeout: 30_000 });

    // The profile now has the backup's lock: locked, nothing readable; the same passphrase opens it.
    await sendFromPage(page, 'lock/lock', {});
    const refused = await sendFromPage<Reply<unknown>>(page, 'challenge/get', { challengeId });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'locked' } });
    const unlocked = await sendFromPage<Reply<{ enabled: boolean; locked: boolean }>>(page, 'lock/unlock', {
      passphrase: PASSPHRASE,
    });
    expect(unlocked).toMatchObject({ ok: true, value: { enabled: true, locked: false } });
    const read = await sendFromPage<Reply<{ events: { type: string; text?: string }[] }>>(
      page,
      'challenge/get',
      { challengeId },
    );
    expect(read.ok && read.value.events.find((event) => event.type === 'note-added')?.text).toContain(PHRASE);
    const forCase = await sendFromPage<Reply<{ items: { challengeId: string }[] }>>(
      page,
      'challenge/for-case',
      {
        caseReference: CASE_REFERENCE,
      },
    );
    expect(forCase.ok && forCase.value.items.map((item) => item.challengeId)).toEqual([challengeId]);

    // Merging the same file again into the now-encrypted store: identical, so no clash and nothing added.
    const again = await importFromPage(page, fileText, { mode: 'merge' });
    expect(again).toEqual({ ok: true, value: { challenges: 0, events: 0 } });
  } finally {
    await profileB.close();
  }
});
