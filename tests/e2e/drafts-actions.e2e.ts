import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import PostalMime from 'postal-mime';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';
import { darlingtonOpening, sendFromPage } from './support/challenge-drafts';
import { downloadedText, escalateTo, openChallenge, type Reply } from './support/challenge-pages';

// Working a challenge in its view: the drafted Stage 1 summary email, a logged contact's agreed actions,
// and an escalation that skips stages. Records and reports are in records-reports.e2e.ts.

let extension: ExtensionBrowser;
test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => extension.close());

const pageUrl = (path: string) => `chrome-extension://${extension.extensionId}/${path}`;

test('the Stage 1 summary is drafted, downloaded as .eml and recorded in the history', async () => {
  const page = await extension.context.newPage();
  await page.goto(pageUrl('options.html'));
  const challengeId = await openChallenge(page, 'CR-EML-1');
  await page.goto(pageUrl(`dashboard.html#challenge=${challengeId}`));

  const emails = page.getByRole('region', { name: 'Emails' });
  await expect(emails.getByText('Stage 1 summary of the conversation')).toBeVisible();
  await expect(emails.getByLabel('Subject')).toHaveValue(/^OFFICIAL-SENSITIVE: .*CR-EML-1/);
  await expect(emails.getByLabel('Body')).toHaveValue(/weight loss and an unexplained bruise/);

  // The tone check is guidance under the body: it quotes the wording and suggests, never blocks.
  const body = emails.getByLabel('Body');
  const drafted = await body.inputValue();
  await body.fill(`${drafted}\n\nYou always ignore referrals!`);
  const tone = emails.getByRole('status').filter({ hasText: 'Tone check' });
  await expect(tone).toContainText('always');
  await page.screenshot({ path: 'test-results/screens/email-draft-tone.png', fullPage: true });
  await body.fill(drafted);
  await expect(tone).not.toContainText('always');

  const eml = await downloadedText(page, () => emails.getByRole('button', { name: 'Download .eml' }).click());
  expect(eml.name).toBe('challenge-CR-EML-1-stage-1-summary.eml');
  const email = await PostalMime.parse(eml.text);
  expect(email.subject).toMatch(/^OFFICIAL-SENSITIVE: Professional challenge, case CR-EML-1/);
  expect(email.headers.find((header) => header.key === 'x-unsent')?.value).toBe('1');
  expect(email.text).toContain('Two referrals show weight loss and an unexplained bruise');
  expect(email.html).toContain('<p>');

  await expect(emails.getByRole('status').filter({ hasText: 'recorded in the history' })).toBeVisible();
  await expect(
    page.getByText(/Email drafted: OFFICIAL-SENSITIVE: Professional challenge, case CR-EML-1/),
  ).toBeVisible();
  const history = await sendFromPage<Reply<{ events: { type: string; kind?: string; channel?: string }[] }>>(
    page,
    'challenge/get',
    { challengeId },
  );
  expect(history.ok && history.value.events.at(-1)).toMatchObject({
    type: 'email-drafted',
    kind: 'stage-1-summary',
    channel: 'eml',
  });
  await expect(page.getByRole('link', { name: 'Recording tool and partnership report' })).toHaveAttribute(
    'href',
    new RegExp(`^chrome-extension://[a-p]{32}/records\\.html#challenge=${challengeId}$`),
  );
  await page.screenshot({ path: 'test-results/screens/email-drafted-timeline.png', fullPage: true });
  await page.close();
});

test('a contact with two agreed actions reaches the timeline, the Stage 1 summary and the recording tool', async () => {
  const page = await extension.context.newPage();
  await page.goto(pageUrl('options.html'));
  const challengeId = await openChallenge(page, 'CR-ACT-1');
  await page.goto(pageUrl(`dashboard.html#challenge=${challengeId}`));
  await page.locator('summary', { hasText: 'Log a contact' }).click();
  const form = page.getByRole('form', { name: 'Log a contact' });
  await form.getByLabel('With whom: name').fill('Daniel Ashworth-Kerr');
  await form.getByLabel('What was discussed').fill('The weight loss and the bruise; the closure reasons.');
  const actions = form.getByRole('group', { name: 'Agreed actions (optional)' });
  for (const [index, what, who, by] of [
    [1, 'Send the health visiting record', 'Joanne Feltham', '2026-06-12'],
    [2, 'Review the closure with the team manager', 'Daniel Ashworth-Kerr', ''],
    [3, '', '', ''],
  ] as const) {
    await actions.getByRole('button', { name: /^Add (an|another) agreed action$/ }).click();
    const row = actions.getByRole('group', { name: `Action ${index}` });
    await expect(row.getByLabel('What will be done')).toBeFocused();
    await row.getByLabel('What will be done').fill(what);
    await row.getByLabel('Who will do it (optional)').fill(who);
    if (by) await row.getByLabel('By when (optional)').fill(by);
  }
  // A blank action is named by the schema at submit, beside its field and in the summary.
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(form.getByRole('alert')).toContainText('Action 3: what will be done: must not be empty');
  const third = actions.getByRole('group', { name: 'Action 3' });
  await expect(third.getByLabel('What will be done')).toHaveAttribute('aria-invalid', 'true');
  await form.screenshot({ path: 'test-results/screens/contact-agreed-actions-error.png' });
  await third.getByRole('button', { name: 'Remove action 3' }).click();
  await expect(
    actions.getByRole('group', { name: 'Action 2' }).getByLabel('What will be done'),
  ).toBeFocused();
  await expect(actions.getByRole('group', { name: 'Action 3' })).toHaveCount(0);
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.screenshot({ path: 'test-results/screens/contact-agreed-actions.png' });
  const axe = await new AxeBuilder({ page }).include('form[aria-label="Log a contact"]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  // Darlington never provides for skipping: no stage choice on its escalation.
  await page.locator('summary', { hasText: /^Escalate to Stage 2/ }).click();
  await expect(page.getByLabel('Escalate to stage', { exact: true })).toHaveCount(0);
  await form.getByRole('button', { name: 'Save contact' }).click();

  const first = 'Send the health visiting record – Joanne Feltham – by Friday 12 June 2026';
  const second = 'Review the closure with the team manager – Daniel Ashworth-Kerr – date to be agreed';
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('list', { name: 'Agreed actions' }).getByRole('listitem')).toHaveText([
    first,
    second,
  ]);
  // The panel never replaces a draft under the practitioner's hands; opened afresh it drafts from the record.
  await page.reload();
  const body = page.getByRole('region', { name: 'Emails' }).getByLabel('Body');
  await expect(body).toHaveValue(new RegExp(`Actions and by when[\\s\\S]*${first}[\\s\\S]*${second}`));
  await escalateTo(page, challengeId, 3);
  await page.goto(pageUrl(`records.html#challenge=${challengeId}`));
  const monitoring = page
    .getByRole('region', { name: 'Professional Challenge Recording Tool' })
    .getByLabel('Details of any Monitoring Activity:');
  await expect(monitoring).toHaveValue(new RegExp(`Agreed action: ${first}\\nAgreed action: ${second}`));
  await page.close();
});

test('Pan-Sussex: risk found part-way lets the escalation go straight to a later stage, with a reason', async () => {
  const page = await extension.context.newPage();
  await page.goto(pageUrl('options.html'));
  const opened = await sendFromPage<Reply<{ challengeId: string }>>(page, 'challenge/open', {
    opened: {
      ...darlingtonOpening('CR-SKIP-1'),
      protocolId: 'pan-sussex-2025',
      protocolVersion: 'Reviewed January 2025',
      areaOfDisagreement: 'need-for-action',
    },
  });
  if (!opened.ok) throw new Error(opened.error.message);
  await page.goto(pageUrl(`dashboard.html#challenge=${opened.value.challengeId}`));
  await page.locator('summary', { hasText: /^Escalate to Stage 2/ }).click();
  await expect(page.getByLabel('Escalate to stage', { exact: true })).toHaveCount(0);
  await page.getByLabel('The child or adult is now at risk of immediate harm').check();
  await page.getByLabel('Escalate to stage', { exact: true }).selectOption('4');
  const form = page.getByRole('form', { name: 'Escalate to Stage 4: Professional Leads for Safeguarding' });
  await form.getByLabel('Why escalate').fill('The child disclosed a new injury today.');
  await form.getByRole('button', { name: 'Escalate', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('Why skip the earlier stages: must be given');
  await form.getByLabel('Why skip the earlier stages').fill('Managers cannot meet before tomorrow.');
  await page.screenshot({ path: 'test-results/screens/escalate-skip-stage.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).include('form[aria-label^="Escalate"]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await form.getByRole('button', { name: 'Escalate', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Stage 4: Professional Leads/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    'Escalated to Stage 4 (child or adult now at immediate risk): The child disclosed a new injury today. Earlier stages skipped because: Managers cannot meet before tomorrow.',
  );
  // The risk now stands: the next escalation offers the choice without asking again.
  // The disclosure stays open after escalating, now offering the next escalation.
  const next = page.locator('details', { has: page.locator('summary', { hasText: /^Escalate to Stage 5/ }) });
  if (!(await next.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await next.locator('summary').click();
  }
  await expect(page.getByLabel('The child or adult is now at risk of immediate harm')).toHaveCount(0);
  await expect(page.getByLabel('Escalate to stage', { exact: true })).toBeVisible();
  await page.close();
});
