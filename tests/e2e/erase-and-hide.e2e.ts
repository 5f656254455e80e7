import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';
import { expect, openSidebarFromToolbar, test } from './support/fixtures';

interface Reply<T> {
  ok: boolean;
  value: T;
  error: { message: string };
}

test.describe('erase and hide', () => {
  test('"Erase all data" needs ERASE typed, then leaves no challenge and default settings', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await expect(page.getByLabel('Your name')).toBeVisible();
    const opened = await sendFromPage<Reply<{ challengeId: string }>>(page, 'challenge/open', {
      opened: darlingtonOpening('CR-ERASE-1'),
    });
    expect(opened.ok).toBe(true);
    await sendFromPage(page, 'settings/update', { subjectPrefix: 'ERASE-ME' });

    const data = page.getByRole('region', { name: 'Data' });
    await data.getByLabel('Type ERASE to confirm').fill('erase');
    await data.getByRole('button', { name: 'Erase all data' }).click();
    await expect(data.getByLabel('Type ERASE to confirm')).toHaveAccessibleDescription(
      /Type ERASE in capitals/,
    );
    const stillThere = await sendFromPage<Reply<{ items: unknown[] }>>(page, 'challenge/list', { limit: 10 });
    expect(stillThere.value.items).toHaveLength(1);

    await data.getByLabel('Type ERASE to confirm').fill('ERASE');
    await data.getByRole('button', { name: 'Erase all data' }).click();
    await expect(data.getByRole('status').filter({ hasText: 'Everything was erased' })).toBeVisible();

    const list = await sendFromPage<Reply<{ items: unknown[] }>>(page, 'challenge/list', { limit: 10 });
    expect(list.value.items).toEqual([]);
    const settings = await sendFromPage<Reply<{ settings: { subjectPrefix: string } }>>(
      page,
      'settings/get',
      {},
    );
    expect(settings.value.settings.subjectPrefix).toBe('OFFICIAL-SENSITIVE');
    const got = await sendFromPage<Reply<unknown>>(page, 'challenge/get', {
      challengeId: opened.value.challengeId,
    });
    expect(got.ok).toBe(false);
    // Site grants are not data: the demo site stays allowed.
    const grants = await page.evaluate(() => chrome.permissions.getAll());
    expect(grants.origins).toContain('http://127.0.0.1/*');
    await page.close();
  });

  test('"Hide sidebar quickly" removes the sidebar from the page within 200 ms', async ({
    extension,
    openCasePage,
  }) => {
    const page = await openCasePage('/casebook/case/CR-204871.html');
    const sidebar = await openSidebarFromToolbar(extension, page);
    await page.evaluate(() => {
      const record = window as unknown as { sidebarRemovedAt?: number };
      new MutationObserver((mutations) => {
        for (const mutation of mutations)
          for (const node of mutation.removedNodes)
            if (node instanceof Element && node.hasAttribute('data-challenge-companion'))
              record.sidebarRemovedAt ??= Date.now();
      }).observe(document.documentElement, { childList: true });
    });
    const hide = sidebar.getByRole('button', { name: 'Hide sidebar quickly' });
    await expect(hide).toBeVisible();
    const clickedAt = await hide.evaluate((button: HTMLElement) => {
      const at = Date.now();
      button.click();
      return at;
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sidebarRemovedAt?: number }).sidebarRemovedAt))
      .toBeDefined();
    const removedAt = await page.evaluate(
      () => (window as unknown as { sidebarRemovedAt?: number }).sidebarRemovedAt ?? 0,
    );
    expect(removedAt - clickedAt).toBeLessThan(200);
    expect(page.frames().some((frame) => frame.url().includes('/sidebar.html'))).toBe(false);
    // The page's own content is untouched.
    await expect(page.locator('body')).toContainText('CR-204871');
  });
});
