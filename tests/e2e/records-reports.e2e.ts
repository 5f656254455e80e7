import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';
import { sendFromPage } from './support/challenge-drafts';
import { downloadedText, escalateTo, openChallenge, type Reply } from './support/challenge-pages';

// What a challenge produces outside its view: the partnership's recording tool and report
// (records.html) and the period's charts, CSV log and calendar (reports.html).

let extension: ExtensionBrowser;
test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => extension.close());

const pageUrl = (path: string) => `chrome-extension://${extension.extensionId}/${path}`;

test('records.html pre-fills the recording tool, prints to PDF, and marks the partnership as informed', async () => {
  const page = await extension.context.newPage();
  await page.goto(pageUrl('options.html'));
  const challengeId = await openChallenge(page, 'CR-REC-1');
  await escalateTo(page, challengeId, 3);
  await page.goto(pageUrl(`records.html#challenge=${challengeId}`));

  const tool = page.getByRole('region', { name: 'Professional Challenge Recording Tool' });
  await expect(tool.getByLabel('Date Challenge raised:')).not.toHaveValue('');
  const initiatedBy = tool.getByRole('group', { name: 'Challenge initiated by:' });
  await expect(initiatedBy.getByLabel('Name:')).toHaveValue('Joanne Feltham');
  await expect(initiatedBy.getByLabel('Organisation:')).toHaveValue('Northbridge Community Health');
  const raisedWith = tool.getByRole('group', { name: 'Who issue raised with and organisation:' });
  await expect(raisedWith.getByLabel('Name:')).toHaveValue('Daniel Ashworth-Kerr');
  await expect(tool.getByLabel('What is the area of disagreement:')).toHaveValue(/weight loss/);
  await expect(tool.getByLabel('Details of any Monitoring Activity:')).toHaveValue(/Stage 2/);
  // Below the threshold (Darlington Stage 5) the partnership report email is not offered yet.
  await expect(page.getByText('The partnership must be told from Stage 5')).toBeVisible();

  await tool.getByLabel('What is the area of disagreement:').fill('Edited for the form: threshold decision.');
  await page.pdf({ path: 'test-results/recording-tool.pdf', format: 'A4' });
  const pdf = await readFile('test-results/recording-tool.pdf');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);
  if (hasPdftoppm()) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      'test-results/recording-tool.pdf',
      'test-results/screens/recording-tool-pdf',
    ]);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByText('Edited for the form: threshold decision.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/recording-tool-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await escalateTo(page, challengeId, 5);
  await page.reload();
  const report = page.getByRole('region', { name: 'Report to the partnership' });
  await expect(report.getByLabel('What was the challenge?')).toHaveValue(/./);
  const email = report.getByRole('region', { name: /Ready to email to DSP Business Unit/ });
  await expect(email.getByLabel('To')).toHaveValue('DSP@darlington.gov.uk');
  await report.getByRole('button', { name: 'Mark the partnership as informed' }).click();
  await expect(
    report.getByRole('status').filter({ hasText: 'The partnership was informed on' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/partnership-report.png', fullPage: true });
  const history = await sendFromPage<Reply<{ events: Record<string, unknown>[] }>>(page, 'challenge/get', {
    challengeId,
  });
  expect(history.ok && history.value.events.at(-1)).toMatchObject({
    type: 'partnership-informed',
    atStage: 5,
    method: 'recording-tool',
    recipient: 'DSP@darlington.gov.uk',
  });
  await page.close();
});

test('reports.html charts the period, and downloads the CSV log and the open deadlines as .ics', async () => {
  const page = await extension.context.newPage();
  await page.goto(pageUrl('options.html'));
  const openId = await openChallenge(page, 'CR-REP-1');
  await page.goto(pageUrl('reports.html'));

  const areaChart = page.getByRole('img', { name: 'Challenges raised, by area of disagreement' });
  await expect(areaChart).toBeVisible();
  await expect(areaChart.locator('desc')).toContainText('Total:');
  const areaTable = page.getByRole('table', { name: 'Challenges raised, by area of disagreement' });
  await expect(areaTable.getByRole('row', { name: /Total/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/reports.png', fullPage: true });

  const csv = await downloadedText(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
  const row = rows.find((candidate) => candidate.challenge_id === openId);
  expect(row).toMatchObject({
    case_reference: 'CR-REP-1',
    protocol_id: 'darlington-dsp-2024',
    status: 'open',
    current_stage: '1',
    area_of_disagreement: 'threshold-decisions',
    practitioner_agency: 'Northbridge Community Health',
  });
  expect(Object.keys(row ?? {})).not.toContain('practitioner_name');
  const raised = await page.getByTestId('headline-figures').locator('dd').first().textContent();
  expect(Number(raised)).toBe(rows.length);

  await page.getByLabel(/Include names/).check();
  const named = await downloadedText(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  const namedRow = (parse(named.text, { bom: true, columns: true }) as Record<string, string>[]).find(
    (candidate) => candidate.challenge_id === openId,
  );
  expect(namedRow?.practitioner_name).toBe('Joanne Feltham');

  const ics = await downloadedText(page, () =>
    page.getByRole('button', { name: 'Download calendar (.ics) of open deadlines' }).click(),
  );
  const calendar = new ICAL.Component(ICAL.parse(ics.text));
  const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  const stageOne = events.find((event) => event.uid === `${openId}-stage-1@challenge-companion`);
  expect(stageOne?.summary).toBe('Professional challenge CR-REP-1: Stage 1 deadline');
  expect(stageOne?.endDate.toJSDate().getTime()).toBeGreaterThan(Date.now());
  await page.close();
});

function hasPdftoppm(): boolean {
  try {
    execFileSync('which', ['pdftoppm']);
    return true;
  } catch {
    return false;
  }
}
