import { expect, test, type Page, type Worker } from '@playwright/test';
import { TZDate } from '@date-fns/tz';
import { darlingtonDsp2024 } from '../../lib/protocols/darlington-dsp-2024';
import { expectEventually, launchWithExtension, type ExtensionBrowser } from './support/browser.mjs';

const PERIODIC_ALARM = 'alerts:periodic';
/** Chromium's event objects have `dispatch`, which runs the real listeners (shared TESTING.md); the types lack it. */
type Dispatchable = { dispatch(alarm: { name: string; scheduledTime: number }): void };
const CLOCK_OFFSET_KEY = 'test:clock-offset-ms';
const RED = [198, 40, 40, 255];

/** A clock offset landing on a weekday at 10:00 in London at least a week ahead: Stage 1 long overdue,
 * and inside the default working hours so notifications are not held back. */
function offsetToWeekdayMorning(): number {
  const today = new TZDate(Date.now(), 'Europe/London');
  for (let days = 8; ; days += 1) {
    const morning = new TZDate(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() + days,
      10,
      0,
      0,
      'Europe/London',
    );
    if (morning.getDay() !== 0 && morning.getDay() !== 6) return morning.getTime() - Date.now();
  }
}

const opened = {
  type: 'opened',
  protocolId: darlingtonDsp2024.id,
  protocolVersion: darlingtonDsp2024.version,
  nation: 'england-and-wales',
  caseReference: 'CR-ALERTS-1',
  subject: 'child',
  childInCare: false,
  areaOfDisagreement: darlingtonDsp2024.areasOfDisagreement[0]!.id,
  decision: { quote: 'No further action: threshold for assessment not met.' },
  decisionMaker: { name: 'Sam Duty', agency: 'Children’s Services' },
  practitioner: { name: 'Alex Health', role: 'Health visitor', agency: 'NHS Trust' },
  reason: 'Repeated concerns about neglect have not been weighed together.',
  outcomeSought: 'An assessment of the child’s needs.',
  immediateRisk: false,
  startingStage: 1,
};

async function badge(worker: Worker) {
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
}

async function expectOverdueBadge(worker: Worker) {
  await expectEventually(async () => (await badge(worker)).text === '1');
  const seen = await badge(worker);
  expect(seen.color).toEqual(RED);
  expect(seen.title).toBe('1 challenge stage is overdue');
  expect(seen.title).not.toContain('CR-ALERTS-1');
}

async function openOptions(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  return page;
}

test('badge, alarms and notification survive a worker stop and a browser restart', async () => {
  let extension = await launchWithExtension();
  try {
    let worker = await extension.worker();
    const page = await openOptions(extension);
    await expectEventually(async () => (await badge(worker)).title === 'Challenge Companion: nothing due');

    const reply = await page.evaluate(
      (draft) => chrome.runtime.sendMessage({ type: 'challenge/open', payload: { opened: draft } }),
      opened,
    );
    expect(reply).toMatchObject({ ok: true });
    // Opened today, Stage 1 is due within one working day: not yet overdue.
    expect((await badge(worker)).color).not.toEqual(RED);

    const offset = offsetToWeekdayMorning();
    await worker.evaluate(
      async ([key, value]) => {
        await chrome.storage.local.set({ [key as string]: value });
      },
      [CLOCK_OFFSET_KEY, offset],
    );
    await worker.evaluate(
      (name) =>
        (chrome.alarms.onAlarm as unknown as Dispatchable).dispatch({ name, scheduledTime: Date.now() }),
      PERIODIC_ALARM,
    );
    await expectOverdueBadge(worker);

    const notifications = async (w: Worker) => w.evaluate(() => chrome.notifications.getAll());
    await expectEventually(async () => Object.keys(await notifications(worker)).length > 0);
    const raised = Object.keys(await notifications(worker));
    expect(raised.some((id) => id.endsWith(':1:overdue'))).toBe(true);

    // A recompute raises nothing new.
    await worker.evaluate(
      (name) =>
        (chrome.alarms.onAlarm as unknown as Dispatchable).dispatch({ name, scheduledTime: Date.now() }),
      PERIODIC_ALARM,
    );
    await page.waitForTimeout(500);
    expect(Object.keys(await notifications(worker)).sort()).toEqual(raised.sort());

    // Clicking the notification opens the dashboard at that challenge.
    const opening = extension.context.waitForEvent('page', (p) =>
      /\/dashboard\.html#challenge=[0-9a-f-]{36}$/.test(p.url()),
    );
    await worker.evaluate(
      (id) => (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(id),
      raised[0]!,
    );
    await (await opening).close();
    await expectEventually(async () => Object.keys(await notifications(worker)).length === 0);

    // MV3 termination: blank the badge, stop the worker, wake it: starting up puts the badge right again.
    await worker.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    const cdp = await extension.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extension.extensionId}/` });
    worker = await extension.worker();
    await expectOverdueBadge(worker);
    // The clicked notification is not raised again by the worker's fresh start.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(Object.keys(await notifications(worker))).toEqual([]);

    // Browser restart on the same profile: alarms and badge are gone, and rebuilt from the store.
    const { userDataDir } = extension;
    await extension.close({ keepProfile: true });
    extension = await launchWithExtension({ userDataDir });
    worker = await extension.worker();
    // Other alarms (the daily retention check) may be set first: wait for ours by name.
    await expectEventually(async () =>
      (await worker.evaluate(() => chrome.alarms.getAll())).some((a) => a.name === PERIODIC_ALARM),
    );
    await expectOverdueBadge(worker);
    // The sent keys live in IndexedDB: the restart raises no notification again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(Object.keys(await notifications(worker))).toEqual([]);
  } finally {
    await extension.close();
  }
});
