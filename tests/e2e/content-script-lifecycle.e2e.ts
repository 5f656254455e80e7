import { expect, openSidebarFromToolbar, test } from './support/fixtures';

/** Issue 5: a second injection is prevented; after an extension update the old script detaches quietly. */
test('injecting the case-page script a second time adds nothing', async ({ extension, openCasePage }) => {
  const page = await openCasePage('/casebook/case/CR-204871.html');
  const worker = await extension.worker();
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['case-page.js'] });
    await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['case-page.js'] });
  }, page.url());

  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('.decision-text')!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  // One copy of the script means one "Challenge this" button, however often it was injected.
  await expect(page.locator('[data-challenge-companion]')).toHaveCount(1);
  await page.waitForTimeout(300);
  await expect(page.locator('[data-challenge-companion]')).toHaveCount(1);
});

test('after the extension is updated (reloaded), the old script removes its sidebar and leaves the page as it was', async ({
  extension,
  openCasePage,
}) => {
  const page = await openCasePage('/casebook/case/CR-204871.html');
  const marginBefore = await page.evaluate(() => document.documentElement.style.marginRight);
  await openSidebarFromToolbar(extension, page);
  await expect(page.locator('[data-challenge-companion]')).toHaveCount(1);

  const worker = await extension.worker();
  // runtime.reload() is what an update does to a running extension: every old context is orphaned.
  await worker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50)).catch(() => undefined);

  await expect(page.locator('[data-challenge-companion]')).toHaveCount(0, { timeout: 10_000 });
  expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe(marginBefore);
  // The page itself still works (its own script runs; nothing of ours throws into it).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
