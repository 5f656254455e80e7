import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';

/**
 * Issue: a keyboard-only run opens, escalates and resolves a challenge. After the dashboard loads,
 * only the keyboard is used (Tab, Shift+Tab, Enter, Space, typing, arrow keys): no clicks, no fill().
 * Every stop that matters must show where focus is (a :focus-visible outline that is not "none").
 */
let extension: ExtensionBrowser;
test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => extension.close());

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has focus, as a person scanning the page would. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < 120; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** The focused element is drawn with a visible focus indicator. */
async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
  expect(focus, `${what} has focus`).not.toBeNull();
  expect(focus!.focusVisible, `${what} matches :focus-visible`).toBe(true);
  expect(focus!.outline, `${what} shows an outline`).not.toMatch(/^none|\s0px$/);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

test('open by hand, escalate and resolve a challenge with the keyboard alone', async () => {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  await page.locator('main').first().waitFor();

  // Open: "Start a challenge by hand", then the case and the decision.
  const start = page.getByRole('button', { name: 'Start a challenge by hand' });
  await tabTo(page, start);
  await expectVisibleFocus(page, 'the "Start a challenge by hand" button');
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Case reference'), 'KB-2024 0001');
  await expectVisibleFocus(page, 'the case reference field');
  await typeInto(page, page.getByLabel('Decision challenged'), 'Referral declined: threshold not met.');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  const form = page.getByRole('form', { name: 'New challenge' });
  await expect(form.locator('blockquote')).toHaveText('Referral declined: threshold not met.');
  const area = form.getByLabel('Area of disagreement');
  await tabTo(page, area);
  await expectVisibleFocus(page, 'the area of disagreement select');
  await page.keyboard.press('ArrowDown');
  await expect(area).not.toHaveValue('');
  await typeInto(page, form.getByLabel('Name', { exact: true }), 'Priya Okafor');
  await typeInto(page, form.getByLabel('Agency', { exact: true }), 'Children’s Services');
  await typeInto(
    page,
    form.getByLabel('Reason for disagreement'),
    'Two referrals about neglect were not weighed.',
  );
  await typeInto(page, form.getByLabel('Outcome sought for the child or adult'), 'A single assessment.');
  const aboutYou = form.getByRole('group', { name: 'About you' });
  if (await aboutYou.isVisible()) {
    await typeInto(page, aboutYou.getByLabel('Your name'), 'Sam Patel');
    await typeInto(page, aboutYou.getByLabel('Your role'), 'Health Visitor');
    await typeInto(page, aboutYou.getByLabel('Your agency'), 'Community Health');
  }
  const submit = form.getByRole('button', { name: 'Open challenge at Stage 1' });
  await tabTo(page, submit);
  await expectVisibleFocus(page, 'the open-challenge button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Stage 1/ })).toBeVisible();

  // Escalate: open the disclosure with Enter, give the reason, submit.
  const escalate = page.locator('summary', { hasText: /^Escalate to Stage 2/ });
  await tabTo(page, escalate);
  await expectVisibleFocus(page, 'the escalate disclosure');
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel('Why escalate'), 'No reply within the Stage 1 timeframe.');
  await tabTo(page, page.getByRole('button', { name: 'Escalate', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Stage 2/ })).toBeVisible();

  // Resolve: Shift+Tab back up if the disclosure is above where focus landed; Space opens it too.
  const resolve = page.locator('summary', { hasText: /^Resolve$/ });
  const above = await resolve.evaluate(
    (element) =>
      !!document.activeElement &&
      !!(element.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  await tabTo(page, resolve, above);
  await page.keyboard.press('Space');
  const resolveForm = page.getByRole('form', { name: 'Resolve' });
  await typeInto(
    page,
    resolveForm.getByLabel('Outcome', { exact: true }),
    'A single assessment was agreed at the meeting.',
  );
  const satisfied = resolveForm.getByLabel('Are the professionals involved satisfied with the outcome?');
  await tabTo(page, satisfied);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, resolveForm.getByRole('button', { name: 'Record resolution' }));
  await expectVisibleFocus(page, 'the record-resolution button');
  await page.keyboard.press('Enter');

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Escalated to Stage 2');
  await expect(timeline).toContainText(/Resolved/i);
  await page.screenshot({ path: 'test-results/screens/keyboard-only-resolved.png', fullPage: true });
});
