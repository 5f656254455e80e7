import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, sidebarFrame, test } from './support/fixtures';
import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';
import { EXTENSION_DIR, type ExtensionBrowser } from './support/browser.mjs';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

async function openChallenge(page: Page, caseReference: string) {
  const reply = await sendFromPage<Reply<{ challengeId: string; seq: number }>>(page, 'challenge/open', {
    opened: darlingtonOpening(caseReference),
  });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

async function append(page: Page, challengeId: string, expectedSeq: number, event: object) {
  const reply = await sendFromPage<Reply<{ seq: number }>>(page, 'challenge/append', {
    challengeId,
    expectedSeq,
    event,
  });
  if (!reply.ok) throw new Error(reply.error.message);
}

async function extensionPage(extension: ExtensionBrowser, path: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  return page;
}

const rows = (page: Page) => page.getByRole('table').locator('tbody tr');

// The tests share one browser and one store, and build on each other's challenges.
test.describe.configure({ mode: 'serial' });

test.describe('toolbar popup and dashboard', () => {
  let first: { challengeId: string; seq: number };
  let second: { challengeId: string; seq: number };

  test('the popup lists open challenges soonest deadline first; one click opens it in the dashboard', async ({
    extension,
  }) => {
    const popup = await extensionPage(extension, 'popup.html');
    first = await openChallenge(popup, 'CR-PD-0001');
    second = await openChallenge(popup, 'CR-PD-0002');
    // Stage 2 has three working days, Stage 1 one: the first challenge's deadline is now the later one,
    // although it changed last (the store's own order for open challenges).
    await append(popup, first.challengeId, first.seq, {
      type: 'escalated',
      toStage: 2,
      reason: 'No reply from the decision-maker within the Stage 1 timeframe.',
    });

    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.reload();
    const items = popup.getByRole('list', { name: 'Open challenges' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('CR-PD-0002');
    await expect(items.nth(0)).toContainText('Stage 1: Practitioner to decision-maker');
    await expect(items.nth(0)).toContainText(/working day|due today|Overdue/);
    await expect(items.nth(1)).toContainText('CR-PD-0001');
    await expect(items.nth(1)).toContainText('Stage 2: Line manager to line manager');
    await expect(popup.getByRole('button', { name: 'Open all challenges' })).toBeVisible();
    await popup.screenshot({ path: 'test-results/screens/popup.png', fullPage: true });

    const opening = extension.context.waitForEvent('page');
    await items.nth(1).getByRole('link').click();
    const dashboard = await opening;
    await dashboard.waitForLoadState('domcontentloaded');
    expect(dashboard.url()).toContain(`/dashboard.html#challenge=${first.challengeId}`);
    await expect(dashboard.getByRole('heading', { name: /^Stage 2/ })).toBeVisible();
    const timeline = dashboard.getByRole('region', { name: 'Timeline' });
    await expect(timeline).toContainText('Challenge opened at Stage 1');
    await expect(timeline).toContainText('Escalated to Stage 2');
    await dashboard.screenshot({ path: 'test-results/screens/dashboard-challenge.png', fullPage: true });
    await dashboard.close();
  });

  test('the popup’s button opens the sidebar on the granted case page it was opened over', async ({
    extension,
    openCasePage,
  }) => {
    const casePage = await openCasePage('/casebook/case/CR-204871.html');
    const popup = await extensionPage(extension, 'popup.html');
    // A real popup sees the tab it was opened over: make the case page the active tab again.
    await popup.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.update(tab!.id!, { active: true });
    }, casePage.url());
    await popup.reload();
    await popup.getByRole('button', { name: 'Open the sidebar on this page' }).click();
    const sidebar = await sidebarFrame(casePage);
    await expect(sidebar.getByTestId('case-reference')).toHaveText('CR-204871');
  });

  test('the popup’s first load carries no calendar, protocol or zod code (the background sends each standing)', async ({
    extension,
  }) => {
    // What the browser loads for popup.html: its entry script and everything it imports, followed
    // through the built chunks (the modulepreload list is the same set, written out by the bundler).
    const loaded = new Map<string, string>();
    const follow = (file: string) => {
      if (loaded.has(file)) return;
      const text = readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
      loaded.set(file, text);
      for (const [, imported] of text.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g))
        follow(path.posix.join(path.posix.dirname(file), imported!));
    };
    const html = readFileSync(path.join(EXTENSION_DIR, 'popup.html'), 'utf8');
    for (const [, src] of html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)) follow(src!);
    expect([...loaded.keys()]).toContainEqual(expect.stringMatching(/^chunks\/popup-/));
    for (const [file, text] of loaded) {
      expect(text, `${file} holds bank-holiday data`).not.toContain('2025-05-05');
      expect(text, `${file} holds the protocols`).not.toContain('Practitioner to decision-maker');
      expect(text, `${file} holds zod`).not.toContain('ZodError');
    }
    const total = [...loaded.values()].reduce((sum, text) => sum + text.length, 0);
    // About 31 KB today, from about 215 KB when the popup worked out deadlines itself.
    expect(total).toBeLessThan(60_000);

    // And the page still renders from what the background sent.
    const popup = await extensionPage(extension, 'popup.html');
    await expect(popup.getByRole('list', { name: 'Open challenges' })).toBeVisible();
    await popup.close();
  });

  test('the dashboard lists every challenge, searches by case reference and filters by status', async ({
    extension,
  }) => {
    const dashboard = await extensionPage(extension, 'dashboard.html');
    await append(dashboard, second.challengeId, second.seq, {
      type: 'withdrawn',
      reason: 'The family moved out of the area; the receiving authority has the case.',
    });
    await dashboard.reload();
    await expect(rows(dashboard)).toHaveCount(2);
    await expect(dashboard.getByRole('table')).toContainText('CR-PD-0001');
    await expect(dashboard.getByRole('table')).toContainText('CR-PD-0002');
    await dashboard.screenshot({ path: 'test-results/screens/dashboard-list.png', fullPage: true });

    await dashboard.getByLabel('Case reference starts with').fill('cr-pd-0002');
    await dashboard.getByLabel('Case reference starts with').press('Enter');
    await expect(rows(dashboard)).toHaveCount(1);
    await expect(rows(dashboard)).toContainText('Withdrawn');
    await expect(dashboard.getByTestId('announcer')).toHaveText(/1 challenge matching the filters/);

    await dashboard.getByRole('button', { name: 'Clear filters' }).click();
    await expect(rows(dashboard)).toHaveCount(2);
    await dashboard.getByLabel('Status').selectOption('open');
    await expect(rows(dashboard)).toHaveCount(1);
    await expect(rows(dashboard)).toContainText('CR-PD-0001');
    await dashboard.getByLabel('Status').selectOption('withdrawn');
    await expect(rows(dashboard)).toHaveCount(1);
    await expect(rows(dashboard)).toContainText('CR-PD-0002');
    await dashboard.getByLabel('Stage').selectOption('2');
    await expect(dashboard.getByRole('main').getByText('No challenges match these filters.')).toBeVisible();
    await dashboard.close();
  });

  test('the dashboard pages through 30 challenges 25 at a time', async ({ extension }) => {
    const dashboard = await extensionPage(extension, 'dashboard.html');
    const opened = await dashboard.evaluate(async (draft) => {
      const replies = [];
      for (let n = 1; n <= 30; n += 1) {
        const caseReference = `CR-PAGE-${String(n).padStart(2, '0')}`;
        replies.push(
          await chrome.runtime.sendMessage({
            type: 'challenge/open',
            payload: { opened: { ...draft, caseReference } },
          }),
        );
      }
      return replies.filter((reply) => reply?.ok).length;
    }, darlingtonOpening());
    expect(opened).toBe(30);

    await dashboard.reload();
    await dashboard.getByLabel('Case reference starts with').fill('CR-PAGE');
    await dashboard.getByRole('button', { name: 'Search' }).click();
    await expect(rows(dashboard)).toHaveCount(25);
    await expect(rows(dashboard).first()).toContainText('CR-PAGE-01');
    await expect(dashboard.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await dashboard.getByRole('button', { name: 'Next page' }).click();
    await expect(rows(dashboard)).toHaveCount(5);
    await expect(rows(dashboard).first()).toContainText('CR-PAGE-26');
    await expect(dashboard.getByText('Page 2', { exact: true })).toBeVisible();
    await expect(dashboard.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await expect(dashboard.getByTestId('announcer')).toHaveText(/Challenges 26 to 30.*page 2/);

    await dashboard.getByRole('button', { name: 'Previous page' }).click();
    await expect(rows(dashboard)).toHaveCount(25);
    await expect(rows(dashboard).first()).toContainText('CR-PAGE-01');

    // Without filters the listing is most recently changed first, over all 32 challenges.
    await dashboard.getByRole('button', { name: 'Clear filters' }).click();
    await expect(rows(dashboard)).toHaveCount(25);
    await dashboard.getByRole('button', { name: 'Next page' }).click();
    await expect(rows(dashboard)).toHaveCount(7);
    await dashboard.close();
  });

  test('keyboard only: Tab to a challenge link and Enter opens it', async ({ extension }) => {
    const dashboard = await extensionPage(extension, 'dashboard.html');
    // As a person would: start once the list has appeared.
    await expect(rows(dashboard).first()).toBeVisible();
    await dashboard.getByLabel('Case reference starts with').fill('CR-PD-0001');
    await dashboard.getByLabel('Case reference starts with').press('Enter');
    await expect(rows(dashboard)).toHaveCount(1);

    const link = dashboard.getByRole('link', { name: 'CR-PD-0001' });
    for (let presses = 0; presses < 30; presses += 1) {
      if (await link.evaluate((element) => element === document.activeElement)) break;
      await dashboard.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await dashboard.keyboard.press('Enter');
    await expect(dashboard).toHaveURL(new RegExp(`#challenge=${first.challengeId}$`));
    await expect(dashboard.getByRole('region', { name: 'Timeline' })).toContainText('Escalated to Stage 2');

    // After an action, the new stage and deadline are announced to screen-reader users.
    await dashboard.getByText('Escalate to Stage 3: Interagency meeting').click();
    await dashboard
      .getByLabel('Why escalate')
      .fill('The managers could not agree within three working days.');
    await dashboard.getByRole('button', { name: 'Escalate', exact: true }).click();
    await expect(dashboard.getByTestId('announcer')).toHaveText(
      /^Challenge updated\. Stage 3: Interagency meeting\./,
    );
    await dashboard.close();
  });

  test('a challenge started by hand opens with the typed case reference and decision', async ({
    extension,
  }) => {
    const dashboard = await extensionPage(extension, 'dashboard.html');
    await dashboard.getByRole('button', { name: 'Start a challenge by hand' }).click();
    await dashboard.getByRole('button', { name: 'Continue' }).click();
    await expect(dashboard.getByRole('alert')).toContainText('Case reference: must be given');

    await dashboard.getByLabel('Case reference').fill('EMIS-77 1234');
    await dashboard.getByLabel('Decision challenged').fill('Referral declined: does not meet threshold.');
    await dashboard.getByLabel('Where the decision is recorded (optional)').fill('EMIS Web');
    await dashboard.getByRole('button', { name: 'Continue' }).click();

    await expect(dashboard.getByRole('heading', { name: 'New challenge' })).toBeVisible();
    await expect(dashboard.locator('blockquote')).toHaveText('Referral declined: does not meet threshold.');
    await dashboard.getByLabel('Area of disagreement').selectOption({ index: 1 });
    await dashboard.getByLabel('Name', { exact: true }).fill('Priya Okafor');
    await dashboard.getByLabel('Agency', { exact: true }).fill('Northbridge Children’s Services');
    await dashboard
      .getByLabel('Reason for disagreement')
      .fill('The GP’s concerns about neglect were not weighed.');
    await dashboard.getByLabel('Outcome sought for the child or adult').fill('A multi-agency discussion.');
    for (const [label, value] of [
      ['Your name', 'Joanne Feltham'],
      ['Your role', 'Practice nurse'],
      ['Your agency', 'Northbridge Surgery'],
    ] as const) {
      const field = dashboard.getByLabel(label, { exact: true });
      if (await field.isVisible()) await field.fill(value);
    }
    await dashboard.getByRole('button', { name: 'Open challenge at Stage 1' }).click();

    await expect(dashboard).toHaveURL(/#challenge=[0-9a-f-]{36}$/);
    await expect(dashboard.getByRole('heading', { name: /^Stage 1/ })).toBeVisible();
    await expect(dashboard.getByRole('region', { name: 'Timeline' })).toContainText(
      'Challenge opened at Stage 1',
    );
    await expect(dashboard.getByText('EMIS-77 1234', { exact: true })).toBeVisible();
    await expect(dashboard.getByText('Referral declined: does not meet threshold.')).toBeVisible();
    await expect(dashboard.getByTestId('announcer')).toHaveText('Challenge opened on EMIS-77 1234.');
    await dashboard.close();
  });
});
