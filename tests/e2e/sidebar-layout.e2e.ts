import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { clickClosingControl, expect, openSidebarFromToolbar, test } from './support/fixtures';

const GUTTER = 24;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Calls `fn` with `this` = the sidebar host's closed shadow root, reached over the debugging protocol as only
 * a test can (the page itself cannot). `fn` is a function's source, run in the page's main world.
 */
async function inShadowRoot<T>(page: Page, fn: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = {
      attributes?: string[];
      children?: DomNode[];
      shadowRoots?: DomNode[];
      backendNodeId: number;
    };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined =>
      node.attributes?.includes('data-challenge-companion')
        ? node.shadowRoots?.[0]
        : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
    const shadow = find(root);
    if (!shadow) throw new Error('No sidebar host with a shadow root');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const reply = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description);
    return reply.result.value as T;
  } finally {
    await cdp.detach();
  }
}

type Grip = {
  focused: boolean;
  focusVisible: boolean;
  outline: string;
  display: string;
  aria: Record<string, string>;
};
const grip = (page: Page) =>
  inShadowRoot<Grip>(
    page,
    `function () {
      const grip = this.querySelector('[role="separator"]');
      const style = getComputedStyle(grip);
      return {
        focused: this.activeElement === grip,
        focusVisible: grip.matches(':focus-visible'),
        outline: style.outlineStyle + ' ' + style.outlineWidth,
        display: style.display,
        aria: Object.fromEntries([...grip.attributes].map((a) => [a.name, a.value])),
      };
    }`,
  );

/** The centre of a step button, by its accessible name, to click with the mouse as a person would. */
const buttonCentre = (page: Page, name: string) =>
  inShadowRoot<{ x: number; y: number }>(
    page,
    `function () {
      const box = this.querySelector('button[aria-label="${name}"]').getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }`,
  );

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
  // The page is pushed aside by the sidebar and the resize strip beside it, so nothing of the record is covered.
  expect(await margin()).toBe(420 + GUTTER);

  // Drag the grip (the strip just left of the frame, inside the closed shadow root) 100 px to the left.
  await page.mouse.move(before.x - GUTTER / 2, before.y + 300);
  await page.mouse.down();
  await page.mouse.move(before.x - GUTTER / 2 - 50, before.y + 300, { steps: 5 });
  await page.mouse.move(before.x - GUTTER / 2 - 100, before.y + 300, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await host.boundingBox())!.width)).toBe(520);
  expect(await margin()).toBe(520 + GUTTER);

  // Closed and opened again: the width is remembered.
  await clickClosingControl(page, sidebar.getByRole('button', { name: 'Close', exact: true }));
  await expect(host).toHaveCount(0);
  sidebar = await openSidebarFromToolbar(extension, page);
  await expect.poll(async () => Math.round((await host.boundingBox())!.width)).toBe(520);

  // Collapse to a strip (no resize controls on it), then expand again.
  await sidebar.getByRole('button', { name: 'Collapse the sidebar' }).click();
  await expect.poll(async () => Math.round((await host.boundingBox())!.width)).toBe(56);
  expect(await margin()).toBe(56);
  expect((await grip(page)).display).toBe('none');
  await page.screenshot({ path: 'test-results/screens/sidebar-collapsed.png' });
  await sidebar.getByRole('button', { name: 'Expand the Professional challenge sidebar' }).click();
  await expect.poll(async () => Math.round((await host.boundingBox())!.width)).toBe(520);
  expect((await grip(page)).display).toBe('block');
  await expect(sidebar.getByRole('button', { name: 'Collapse the sidebar' })).toBeVisible();
  await expect(sidebar.getByTestId('case-reference')).toHaveText('CR-204871');
  await page.screenshot({ path: 'test-results/screens/sidebar-expanded-wide.png' });
});

/** WCAG 2.1.1 and 2.4.7: the grip is a window splitter that the keyboard alone can reach and move. */
test('keyboard alone: Tab reaches the grip, arrows, Home and End resize, and the width survives a reload', async ({
  extension,
  openCasePage,
}) => {
  const page = await openCasePage('/casebook/case/CR-204871.html');
  await openSidebarFromToolbar(extension, page);
  const host = page.locator('[data-challenge-companion]');
  const width = async () => Math.round((await host.boundingBox())!.width);
  const margin = () => page.evaluate(() => parseInt(document.documentElement.style.marginRight, 10));
  // Keys handled by the grip must not reach the page's own shortcuts, nor scroll it.
  await page.evaluate(() => {
    (window as unknown as { keysSeen: string[] }).keysSeen = [];
    document.addEventListener('keydown', (event) =>
      (window as unknown as { keysSeen: string[] }).keysSeen.push(event.key),
    );
  });

  for (let presses = 0; presses < 100 && !(await grip(page)).focused; presses += 1)
    await page.keyboard.press('Tab');
  const focused = await grip(page);
  expect(focused.focused, 'Tab reaches the grip').toBe(true);
  expect(focused.focusVisible).toBe(true);
  expect(focused.outline).toBe('solid 3px');
  expect(focused.aria).toMatchObject({
    role: 'separator',
    tabindex: '0',
    'aria-orientation': 'vertical',
    'aria-label': 'Resize the sidebar',
    'aria-valuemin': '320',
    'aria-valuemax': String(Math.round(1400 * 0.7)),
  });
  expect(focused.aria['aria-valuenow']).toBe(String(await width()));
  await page.screenshot({ path: 'test-results/screens/sidebar-grip-focused.png' });

  // What assistive technology is told (Chrome's accessibility tree, as a screen reader reads it).
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const splitter = nodes.find((node) => node.name?.value === 'Resize the sidebar');
  expect(splitter?.role?.value).toBe('separator');
  const properties = Object.fromEntries((splitter?.properties ?? []).map((p) => [p.name, p.value.value]));
  expect(splitter?.value?.value, 'the value is the width now shown').toBe(await width());
  expect(properties).toMatchObject({
    focusable: true,
    focused: true,
    orientation: 'vertical',
    valuemin: 320,
  });

  await page.keyboard.press('Home');
  await expect.poll(width).toBe(320);
  expect(await margin()).toBe(320 + GUTTER);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(width).toBe(352);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(width).toBe(480);
  await page.keyboard.press('ArrowRight');
  await expect.poll(width).toBe(448);
  expect((await grip(page)).aria).toMatchObject({
    'aria-valuenow': '448',
    'aria-valuetext': '448 pixels wide',
  });
  await page.keyboard.press('End');
  await expect.poll(width).toBe(980);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(width).toBe(980);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(width).toBe(384);
  const seen = await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen);
  expect(seen.filter((key) => /^(Arrow|Home|End)/.test(key))).toEqual([]);
  expect(seen).toContain('Tab');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect((await grip(page)).focused, 'focus stays on the grip while resizing').toBe(true);

  // A reload starts the page afresh; the sidebar opened again comes back at the width the keys set.
  await page.reload();
  await openSidebarFromToolbar(extension, page);
  await expect.poll(width).toBe(384);
  expect((await grip(page)).aria['aria-valuenow']).toBe('384');
});

/** WCAG 2.5.7: a single pointer, without dragging, can resize the sidebar (the step buttons beside the grip). */
test('single clicks on "wider" and "narrower" resize the sidebar and the width is remembered', async ({
  extension,
  openCasePage,
}) => {
  const page = await openCasePage('/casebook/case/CR-204871.html');
  await openSidebarFromToolbar(extension, page);
  const host = page.locator('[data-challenge-companion]');
  const width = async () => Math.round((await host.boundingBox())!.width);
  const start = await width();
  const frameLeft = (await host.boundingBox())!.x;

  const wider = await buttonCentre(page, 'Make the sidebar wider');
  // The buttons sit in the strip beside the frame, never over it (the clickjacking guard would object).
  expect(wider.x).toBeLessThan(frameLeft);
  await page.mouse.click(wider.x, wider.y);
  await expect.poll(width).toBe(start + 32);
  await page.mouse.click((await buttonCentre(page, 'Make the sidebar wider')).x, wider.y);
  await expect.poll(width).toBe(start + 64);
  const narrower = await buttonCentre(page, 'Make the sidebar narrower');
  await page.mouse.click(narrower.x, narrower.y);
  await expect.poll(width).toBe(start + 32);

  // A click on the grip itself, without moving, changes nothing (only a drag or the keys move it).
  const box = (await host.boundingBox())!;
  await page.mouse.click(box.x - GUTTER / 2, box.y + 400);
  await page.waitForTimeout(200);
  expect(await width()).toBe(start + 32);

  await page.reload();
  await openSidebarFromToolbar(extension, page);
  await expect.poll(width).toBe(start + 32);
});

/**
 * axe on the resize controls. From the page, axe cannot see into the closed shadow root, so the test hands
 * axe that root (over the debugging protocol) and checks the host's subtree: the grip and the step buttons.
 */
test('axe finds nothing on the resize controls (WCAG 2.2 A and AA)', async ({ extension, openCasePage }) => {
  const page = await openCasePage('/casebook/case/CR-204871.html');
  await openSidebarFromToolbar(extension, page);
  await page.evaluate(`${AXE_SOURCE};void 0`);
  const results = await inShadowRoot<AxeResults>(
    page,
    `function () {
      const root = this;
      Object.defineProperty(root.host, 'shadowRoot', { get: () => root });
      return axe.run(
        { include: [root.host] },
        { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      );
    }`,
  );
  const violations = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`),
  );
  expect(violations.join('\n')).toBe('');
  const passed = results.passes.map((rule) => rule.id);
  // The rules that matter here did look at the controls.
  expect(passed).toEqual(
    expect.arrayContaining(['aria-required-attr', 'aria-valid-attr-value', 'button-name', 'target-size']),
  );
});
