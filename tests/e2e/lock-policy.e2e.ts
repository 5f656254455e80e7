import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath, QUIET_FLAGS } from './support/browser.mjs';
import { sendFromPage } from './support/challenge-drafts';
import { setUpPolicy, type PolicySetup } from './support/policy-browser';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };
type Status = {
  enabled: boolean;
  locked: boolean;
  autoLockMinutes: number;
  required: boolean;
  autoLockManaged: boolean;
};

const PASSPHRASE = 'plum orchard lantern 42';
const SKIP = 'Neither unshare nor a writable /etc/chromium is available to hold a policy file.';

let setup: PolicySetup | undefined;
let context: BrowserContext | undefined;
let profile = '';

test.beforeAll(async () => {
  const prepared = setUpPolicy({ lockRequired: true, autoLockMinutes: 5 });
  if ('skip' in prepared) return;
  setup = prepared;
  profile = mkdtempSync(path.join(tmpdir(), 'cc-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: setup.executablePath ?? chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${setup.extensionDir}`,
      `--load-extension=${setup.extensionDir}`,
      '--no-sandbox',
      ...QUIET_FLAGS,
    ],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
});

test.afterAll(async () => {
  try {
    await context?.close();
  } finally {
    setup?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
});

async function optionsPage(): Promise<Page> {
  const page = await context!.newPage();
  await page.goto(`chrome-extension://${setup!.extensionId}/options.html`);
  return page;
}

test('IT’s lockRequired prompts set-up, keeps the lock on, and its auto-lock time is shown as managed', async () => {
  test.skip(!setup, SKIP);
  const page = await optionsPage();
  const before = await sendFromPage<Reply<Status>>(page, 'lock/status', {});
  expect(before).toMatchObject({
    ok: true,
    value: { enabled: false, required: true, autoLockManaged: true, autoLockMinutes: 5 },
  });
  const prompt = page.getByRole('alert').filter({ hasText: 'Your organisation requires a passphrase lock' });
  await expect(prompt).toBeVisible();

  const lockSection = page.locator('#lock');
  await lockSection.getByLabel('New passphrase (12 characters or more)').fill(PASSPHRASE);
  await lockSection.getByLabel('Type it again').fill(PASSPHRASE);
  await lockSection.getByRole('button', { name: 'Turn the lock on' }).click();
  await expect(lockSection.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 30_000 });
  await expect(prompt).toHaveCount(0);

  // No way to turn it off here, and the background refuses it anyway.
  await expect(lockSection.getByRole('button', { name: 'Turn the lock off' })).toHaveCount(0);
  const disabled = await sendFromPage<Reply<Status>>(page, 'lock/disable', { passphrase: PASSPHRASE });
  expect(disabled).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  expect(!disabled.ok && disabled.error.message).toContain('Your organisation requires the passphrase lock.');

  // The policy's auto-lock time is in force, shown as managed, and cannot be changed.
  await expect(lockSection.getByLabel('Lock after this many minutes without use')).toBeDisabled();
  await expect(lockSection.getByText('Set by your organisation')).toBeVisible();
  const changed = await sendFromPage<Reply<Status>>(page, 'lock/set-auto-lock', { autoLockMinutes: 60 });
  expect(changed).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  const after = await sendFromPage<Reply<Status>>(page, 'lock/status', {});
  expect(after).toMatchObject({ ok: true, value: { enabled: true, locked: false, autoLockMinutes: 5 } });
  await page.close();
});
