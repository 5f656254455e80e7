import { expect, test, type Page } from '@playwright/test';
import { sendFromPage } from './support/challenge-drafts';
import { launchUnderPolicy, type PolicyBrowser } from './support/policy-browser';

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

let launched: PolicyBrowser | undefined;

test.beforeAll(async () => {
  const prepared = await launchUnderPolicy({ lockRequired: true, autoLockMinutes: 5 });
  if (!('skip' in prepared)) launched = prepared;
});

test.afterAll(async () => launched?.close());

async function optionsPage(): Promise<Page> {
  const page = await launched!.extension.context.newPage();
  await page.goto(`chrome-extension://${launched!.extensionId}/options.html`);
  return page;
}

test('IT’s lockRequired prompts set-up, keeps the lock on, and its auto-lock time is shown as managed', async () => {
  test.skip(!launched, SKIP);
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
