import { expect, openSidebarFromToolbar, test } from './support/fixtures';

/** Issue 8: the in-page frame resists clickjacking — covered by the page, it refuses clicks. */
test('a see-through layer over the sidebar makes it refuse clicks until the layer is gone', async ({
  extension,
  openCasePage,
}) => {
  const page = await openCasePage('/casebook/case/CR-204871.html');
  const sidebar = await openSidebarFromToolbar(extension, page);
  await expect(sidebar.getByTestId('case-reference')).toHaveText('CR-204871');
  const close = sidebar.getByRole('button', { name: 'Close', exact: true });
  const box = (await close.boundingBox())!;

  // The page puts a nearly invisible layer, that lets clicks through, over the sidebar (in the top layer).
  await page.evaluate(() => {
    const layer = document.createElement('div');
    layer.id = 'decoy';
    layer.setAttribute('popover', 'manual');
    layer.style.cssText =
      'position:fixed;inset:0 0 0 auto;width:460px;height:100vh;margin:0;border:0;opacity:0.02;background:#fff;pointer-events:none';
    document.body.append(layer);
    layer.showPopover();
  });
  await expect(sidebar.getByTestId('covered-warning')).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(300);
  await expect(page.locator('[data-challenge-companion]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/sidebar-covered.png' });

  // Layer gone: the same click works.
  await page.evaluate(() => document.getElementById('decoy')?.remove());
  await expect(sidebar.getByTestId('covered-warning')).toHaveCount(0);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('[data-challenge-companion]')).toHaveCount(0);
});
