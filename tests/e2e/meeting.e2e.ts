import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';
import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { kind: string; message: string } };

let extension: ExtensionBrowser;
test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => extension.close());

/** Issue 5: "record the meeting" (Stage 3 interagency meeting) is one of a challenge's actions. */
test('at Stage 3 the interagency meeting is recorded from the challenge page and shows in the timeline', async () => {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const opened = await sendFromPage<Reply<{ challengeId: string; seq: number }>>(page, 'challenge/open', {
    opened: darlingtonOpening('CR-MEET-1'),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const { challengeId } = opened.value;
  let seq = opened.value.seq;
  for (const toStage of [2, 3]) {
    const escalated = await sendFromPage<Reply<{ seq: number }>>(page, 'challenge/append', {
      challengeId,
      expectedSeq: seq,
      event: { type: 'escalated', toStage, reason: 'Not resolved at the stage before.' },
    });
    if (!escalated.ok) throw new Error(escalated.error.message);
    seq = escalated.value.seq;
  }

  await page.goto(`chrome-extension://${extension.extensionId}/dashboard.html#challenge=${challengeId}`);
  await page.locator('summary', { hasText: 'Record the meeting' }).click();
  const form = page.getByRole('form', { name: 'Record the meeting' });
  await form.getByRole('button', { name: 'Save meeting record' }).click();
  await expect(form.getByLabel('Attendees')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Date of the meeting').fill('2026-11-20');
  await form
    .getByLabel('Attendees')
    .fill(
      'Joanne Feltham, Health Visitor, Northbridge Community Health\nDaniel Ashworth-Kerr, Team Manager, CSC',
    );
  await form.getByLabel('Discussion').fill('Both agencies set out their views on the closure.');
  await form.getByLabel('Agreed actions (optional)').fill('Strategy discussion by Friday');
  await form.getByRole('button', { name: 'Save meeting record' }).click();

  await expect(page.getByText('Meeting recorded with Joanne Feltham, Daniel Ashworth-Kerr')).toBeVisible();
  const stored = await sendFromPage<
    Reply<{ events: { type: string; agreedActions?: { action: string }[] }[] }>
  >(page, 'challenge/get', { challengeId });
  if (!stored.ok) throw new Error(stored.error.message);
  const meeting = stored.value.events.find((event) => event.type === 'meeting-recorded');
  expect(meeting?.agreedActions).toEqual([{ action: 'Strategy discussion by Friday' }]);
  await page.screenshot({ path: 'test-results/screens/meeting-recorded.png', fullPage: true });
});
