import { clickClosingControl, expect, openSidebarFromToolbar, test } from './support/fixtures';

/** Issue 5: the sidebar is resizable and collapsible, remembers its width, and hides none of the page. */
test('the sidebar pushes the page aside, resizes by its edge, remembers the width, collapses and expands', async ({
  extension,
  openCasePage,
}) => {
  const page = await openCasePage('/casebook/case/CR-204871.html');
  let sidebar = await openSidebarFromToolbar(extension, page);
  const host = page.locator('[data-challenge-companion]');
  const margin = () => page.evaluate(() => parseInt(document.documentElement.style.marginRight, 10));

  const before = (await host.boundingBox())!;
  expect(Math.round(before.width)).toBe(420);
  // The page is pushed aside by exactly the sidebar's width, so nothing of the record is covered.
  expect(await margin()).toBe(420);

  // Drag the left edge 103 px (the grip sits just outside the frame) to the left (the grip sits on the edge, inside the closed shadow root).
  await page.mouse.move(before.x - 3, before.y + 300);
  await page.mouse.down();
  await page.mouse.move(before.x - 50, before.y + 300, { steps: 5 });
  await page.mouse.move(before.x - 103, before.y + 300, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await host.boundingBox())!.width)).toBe(523);
  expect(await margin()).toBe(523);

  // Closed and opened again: the width is remembered.
  await clickClosingControl(page, sidebar.getByRole('button', { name: 'Close', exact: true }));
  await expect(host).toHaveCount(0);
  sidebar = await openSidebarFromToolbar(extension, page);
  await expect.poll(async () => Math.round((await host.boundingBox())!.width)).toBe(523);

  // Collapse to a strip, then expand again.
  await sidebar.getByRole('button', { name: 'Collapse the sidebar' }).click();
  await expect.poll(async () => Math.round((await host.boundingBox())!.width)).toBe(56);
  expect(await margin()).toBe(56);
  await page.screenshot({ path: 'test-results/screens/sidebar-collapsed.png' });
  await sidebar.getByRole('button', { name: 'Expand the Professional challenge sidebar' }).click();
  await expect.poll(async () => Math.round((await host.boundingBox())!.width)).toBe(523);
  await expect(sidebar.getByRole('button', { name: 'Collapse the sidebar' })).toBeVisible();
  await expect(sidebar.getByTestId('case-reference')).toHaveText('CR-204871');
  await page.screenshot({ path: 'test-results/screens/sidebar-expanded-wide.png' });
});
