import type { Page } from '@playwright/test';
import { expect, openSidebarFromToolbar, sidebarFrame, test, clickClosingControl } from './support/fixtures';
import type { ExtensionBrowser } from './support/browser.mjs';

const DECISION = "Decision: No further action — case closed to Children's Social Care";

/** Selects the decision text on the case page as a practitioner would with the mouse. */
async function selectDecision(page: Page): Promise<void> {
  await page.evaluate(() => {
    const element = document.querySelector('.decision-text');
    if (!element) throw new Error('No decision text on the page');
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
}

/** Runs the real context-menu listener ("Challenge this" on the selection), as Chromium's test seam allows. */
async function chooseChallengeThis(extension: ExtensionBrowser, page: Page): Promise<void> {
  const worker = await extension.worker();
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (!tab) throw new Error(`No tab at ${url}`);
    // @ts-expect-error dispatch runs the real registered listener (Chromium test seam, see TESTING.md)
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'challenge-selection', frameId: 0, editable: false, pageUrl: url, selectionText: 'x' },
      tab,
    );
  }, page.url());
}

test.describe('opening a challenge from the sidebar', () => {
  test('captures the decision, opens a Stage 1 challenge, and lists it when the page is reloaded', async ({
    extension,
    openCasePage,
  }) => {
    const page = await openCasePage('/casebook/case/CR-204871.html');
    await selectDecision(page);
    await chooseChallengeThis(extension, page);
    const sidebar = await sidebarFrame(page);

    const form = sidebar.getByRole('form', { name: 'New challenge' });
    await expect(form.locator('blockquote')).toHaveText(DECISION);
    await expect(form.getByLabel('Case reference')).toHaveValue('CR-204871');

    // Submitting empty fields shows the summary and the error beside each field.
    await form.getByRole('button', { name: /Open challenge/ }).click();
    await expect(form.getByRole('alert')).toContainText('Reason for disagreement');
    await expect(form.getByLabel('Reason for disagreement')).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: 'test-results/screens/sidebar-errors.png' });

    await form.getByLabel('Area of disagreement').selectOption({ index: 1 });
    await form.getByLabel('Name', { exact: true }).fill('Daniel Ashworth-Kerr');
    await form.getByLabel('Agency', { exact: true }).fill("Children's Social Care");
    await form.getByLabel('Reason for disagreement').fill('Domestic abuse disclosures were not considered.');
    await form.getByLabel('Outcome sought for the child or adult').fill('A strategy discussion this week.');
    const aboutYou = form.getByRole('group', { name: 'About you' });
    if (await aboutYou.isVisible()) {
      await aboutYou.getByLabel('Your name').fill('Sam Patel');
      await aboutYou.getByLabel('Your role').fill('Health Visitor');
      await aboutYou.getByLabel('Your agency').fill('Community Health');
    }
    await page.screenshot({ path: 'test-results/screens/sidebar-new-challenge.png' });
    await form.getByRole('button', { name: 'Open challenge at Stage 1' }).click();

    await expect(sidebar.getByRole('heading', { level: 2, name: /^Stage 1/ })).toBeVisible();
    await expect(sidebar.getByTestId('deadline')).toContainText(/Due|Overdue/);
    await expect(sidebar.getByRole('list').filter({ hasText: 'Challenge opened at Stage 1' })).toBeVisible();
    // The frame's own address is a per-session dynamic one; the records link must use the extension's id.
    await expect(
      sidebar.getByRole('link', { name: 'Recording tool and partnership report' }),
    ).toHaveAttribute(
      'href',
      new RegExp(`^chrome-extension://${extension.extensionId}/records\\.html#challenge=[0-9a-f-]{36}$`),
    );
    await page.screenshot({ path: 'test-results/screens/sidebar-challenge-view.png' });

    await sidebar.locator('summary', { hasText: 'Add a note' }).click();
    await sidebar.getByRole('form', { name: 'Add a note' }).getByLabel('Note').fill('Left a voicemail.');
    await sidebar
      .getByRole('form', { name: 'Add a note' })
      .getByRole('button', { name: 'Save note' })
      .click();
    await expect(sidebar.getByText('Note: Left a voicemail.')).toBeVisible();

    await page.reload();
    const reopened = await openSidebarFromToolbar(extension, page);
    const list = reopened.getByRole('list', { name: 'Challenges on CR-204871' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('Stage 1: ');
    // The list's reply carries the working days left (no challenge/get per item).
    await expect(list).toContainText(/Open · (Due|Due soon:) .* — (\d+ working days? left|due today)/);
    await expect(page.locator('mark[data-challenge-companion-highlight]').first()).toBeVisible();
    await expect(list).toContainText('Quote highlighted on this page');
    await page.screenshot({ path: 'test-results/screens/sidebar-case-list.png' });
  });

  test('keeps what was typed in the new-challenge form when the sidebar is closed and reopened', async ({
    extension,
    openCasePage,
  }) => {
    const page = await openCasePage('/casebook/case/CR-204871.html');
    await selectDecision(page);
    await chooseChallengeThis(extension, page);
    const sidebar = await sidebarFrame(page);
    const form = sidebar.getByRole('form', { name: 'New challenge' });
    await form.getByLabel('Reason for disagreement').fill('Half-typed reason that must survive.');
    // Drafts are saved after a short pause in typing.
    await page.waitForTimeout(800);

    await page.reload();
    const reopened = await openSidebarFromToolbar(extension, page);
    await expect(
      reopened.getByRole('form', { name: 'New challenge' }).getByLabel('Reason for disagreement'),
    ).toHaveValue('Half-typed reason that must survive.');
    await expect(reopened.getByRole('form', { name: 'New challenge' }).locator('blockquote')).toHaveText(
      DECISION,
    );

    await clickClosingControl(page, reopened.getByRole('button', { name: 'Close', exact: true }));
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('/sidebar.html'))).toBe(false);
  });

  test('immediate risk lets a protocol that allows it start later; a stale view gets a conflict and reloads', async ({
    extension,
    openCasePage,
  }) => {
    const page = await openCasePage('/casebook/case/CR-311502.html');
    await selectDecision(page);
    await chooseChallengeThis(extension, page);
    const sidebar = await sidebarFrame(page);
    const form = sidebar.getByRole('form', { name: 'New challenge' });

    // LSCB 2019: a child in care is a matter for the child's Independent Reviewing Officer.
    await form.getByLabel('Protocol').selectOption('lscb-2019');
    await form.getByLabel('The child is in care').check();
    await expect(form.getByRole('note')).toContainText('Independent Reviewing Officer');

    await form.getByLabel('Protocol').selectOption('pan-sussex-2025');
    await form.getByLabel('The child is in care').uncheck();
    await form.getByLabel('A child or adult is at immediate risk of harm').check();
    const risk = form.getByRole('note');
    await expect(risk).toContainText(
      'At no time must professional disagreement detract from ensuring that a child or an adult at risk is safeguarded',
    );
    await risk.getByLabel('Start at stage').selectOption('2');
    await form.getByLabel('Area of disagreement').selectOption({ index: 1 });
    await form.getByLabel('Agency', { exact: true }).fill('Children’s Services');
    await form.getByLabel('Reason for disagreement').fill('Unexplained bruising was not considered.');
    await form.getByLabel('Outcome sought for the child or adult').fill('A strategy discussion today.');
    const aboutYou = form.getByRole('group', { name: 'About you' });
    if (await aboutYou.isVisible()) {
      await aboutYou.getByLabel('Your name').fill('Sam Patel');
      await aboutYou.getByLabel('Your role').fill('Health Visitor');
      await aboutYou.getByLabel('Your agency').fill('Community Health');
    }
    await form.getByRole('button', { name: 'Open challenge at Stage 2' }).click();
    await expect(form.getByLabel('Why start at a later stage')).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: 'test-results/screens/sidebar-immediate-risk.png' });
    await form.getByLabel('Why start at a later stage').fill('The child may be harmed tonight.');
    await form.getByRole('button', { name: 'Open challenge at Stage 2' }).click();
    await expect(sidebar.getByRole('heading', { level: 2, name: /^Stage 2/ })).toBeVisible();

    // Another view (here the same frame, behind the form's back) changes the challenge first.
    await sidebar.evaluate(async () => {
      type Reply = {
        value: { items: { challengeId: string }[]; state: { seq: number } };
      };
      const send = (type: string, payload: unknown) =>
        chrome.runtime.sendMessage({ type, payload }) as Promise<Reply>;
      const list = await send('challenge/for-case', { caseReference: 'CR-311502' });
      const challengeId = list.value.items[0]!.challengeId;
      const current = await send('challenge/get', { challengeId });
      const event = { type: 'note-added', text: 'Written elsewhere.' };
      await send('challenge/append', { challengeId, expectedSeq: current.value.state.seq, event });
    });
    await sidebar.locator('summary', { hasText: 'Add a note' }).click();
    const note = sidebar.getByRole('form', { name: 'Add a note' });
    await note.getByLabel('Note').fill('Written here.');
    await note.getByRole('button', { name: 'Save note' }).click();
    await expect(note.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/sidebar-conflict.png' });
    await note.getByRole('button', { name: 'Reload' }).click();
    await expect(sidebar.getByText('Note: Written elsewhere.')).toBeVisible();
    await expect(note.getByRole('alert')).toHaveCount(0);
    // What was typed survives the reload and can now be saved on top of the latest version.
    await note.getByRole('button', { name: 'Save note' }).click();
    await expect(sidebar.getByText('Note: Written here.')).toBeVisible();
  });
});
