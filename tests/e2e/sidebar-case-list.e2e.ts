import type { Worker } from '@playwright/test';
import { expect, openSidebarFromToolbar, test } from './support/fixtures';
import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };
interface DerivedState {
  seq: number;
  currentStage: number;
  stageTitle: string | null;
  deadlineState: 'on-track' | 'due-soon' | 'overdue' | null;
  workingDaysLeft: number | null;
}

const CASE = 'CR-204871';

/** The standing the challenge view shows (components/deadline-wording.ts), as the list must show it too. */
function standingWords(state: DerivedState): RegExp {
  if (state.deadlineState === 'overdue') return /Overdue: was due/;
  const left = state.workingDaysLeft;
  const days = left === 0 ? 'due today' : `${left} working day${left === 1 ? '' : 's'} left`;
  return new RegExp(`^Open · ${state.deadlineState === 'due-soon' ? 'Due soon' : 'Due'} .* — ${days}$`);
}

test('the case list shows each challenge’s stage and working days left from one request', async ({
  extension,
  openCasePage,
}) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const ids: string[] = [];
  for (let n = 0; n < 2; n += 1) {
    const opened = await sendFromPage<Reply<{ challengeId: string }>>(options, 'challenge/open', {
      opened: darlingtonOpening(CASE),
    });
    if (!opened.ok) throw new Error(opened.error.message);
    ids.push(opened.value.challengeId);
  }
  // The second is escalated to Stage 2 (three working days), so the two stand differently.
  const escalated = await sendFromPage<Reply<unknown>>(options, 'challenge/append', {
    challengeId: ids[1],
    expectedSeq: 0,
    event: { type: 'escalated', toStage: 2, reason: 'No answer at Stage 1.' },
  });
  expect(escalated.ok).toBe(true);
  const states: DerivedState[] = [];
  for (const challengeId of ids) {
    const got = await sendFromPage<Reply<{ state: DerivedState }>>(options, 'challenge/get', { challengeId });
    if (!got.ok) throw new Error(got.error.message);
    states.push(got.value.state);
  }

  // Record which messages reach the background while the sidebar opens (a listener that never answers).
  const seenMessages = await recordMessageTypes(extension);

  const page = await openCasePage(`/casebook/case/${CASE}.html`);
  const sidebar = await openSidebarFromToolbar(extension, page);
  const list = sidebar.getByRole('list', { name: `Challenges on ${CASE}` });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  for (const [index, state] of states.entries()) {
    const item = list.getByRole('listitem').filter({
      has: sidebar.getByRole('button', { name: `Stage ${state.currentStage}: ${state.stageTitle}` }),
    });
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('challenge-standing')).toHaveText(standingWords(state));
    expect(state.workingDaysLeft, `challenge ${index + 1} has a deadline`).not.toBeNull();
  }
  await page.screenshot({ path: 'test-results/screens/sidebar-case-list-two.png' });

  const seen = await seenMessages();
  expect(seen.filter((type) => type === 'challenge/for-case')).toHaveLength(1);
  expect(seen).not.toContain('challenge/get');
  await options.close();
});

test('the reports page counts its figures in the background, reading histories only for the CSV', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const opened = await sendFromPage<Reply<{ challengeId: string }>>(page, 'challenge/open', {
    opened: darlingtonOpening('CR-REP-9'),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const resolved = await sendFromPage<Reply<unknown>>(page, 'challenge/append', {
    challengeId: opened.value.challengeId,
    expectedSeq: 0,
    event: { type: 'resolved', atStage: 1, outcome: 'Agreed at Stage 1.', professionalsSatisfied: 'yes' },
  });
  expect(resolved.ok).toBe(true);
  const listed = await sendFromPage<Reply<{ items: { status: string }[] }>>(page, 'challenge/list', {
    limit: 500,
  });
  if (!listed.ok) throw new Error(listed.error.message);
  // Every challenge in this file's browser was opened today, so all are raised in this quarter.
  const raised = listed.value.items.length;
  expect(raised).toBeGreaterThanOrEqual(2);

  const seenMessages = await recordMessageTypes(extension);
  await page.goto(`chrome-extension://${extension.extensionId}/reports.html`);
  const headline = page.getByTestId('headline-figures');
  await expect(headline.locator('dt', { hasText: 'Raised' }).locator('+ dd')).toHaveText(String(raised));
  await expect(headline.locator('dt', { hasText: /^Resolved$/ }).locator('+ dd')).toHaveText('1');
  const seen = seenMessages;
  expect(await seen()).toContain('reports/figures');
  expect(await seen()).not.toContain('challenge/get');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  await download;
  await expect(page.getByRole('status')).toHaveText(`Saved the log of ${raised} challenges.`);
  expect((await seen()).filter((type) => type === 'challenge/get')).toHaveLength(raised);
  await page.close();
});

/**
 * Records the type of every message that reaches the background from now on (a second listener that
 * never answers, so the product's replies are untouched); the returned function reads them.
 */
async function recordMessageTypes(extension: {
  worker(): Promise<Worker>;
}): Promise<() => Promise<string[]>> {
  const worker = await extension.worker();
  await worker.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { seenMessages: string[] }).seenMessages = seen;
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      seen.push(String(message?.type));
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { seenMessages: string[] }).seenMessages);
}
