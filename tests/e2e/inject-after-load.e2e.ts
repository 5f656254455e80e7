import { expect, test } from './support/fixtures';

/**
 * ADR 0003: nothing of ours runs in a case page while it loads (its load event is the page's own), the
 * script arrives once it has loaded, and a practitioner who acts before that is not kept waiting.
 */
test('the script is injected after the page has loaded, and on demand when a command comes first', async ({
  extension,
  demo,
}) => {
  const page = await extension.context.newPage();
  // The case record with one image that the test holds back, so the page stays "loading" at will.
  let releaseImage = () => {};
  const imageHeld = new Promise<void>((resolve) => (releaseImage = resolve));
  await page.route('**/hold-load.png', async (route) => {
    await imageHeld;
    await route.fulfill({ status: 204 });
  });
  await page.route('**/casebook/case/CR-204871.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</body>', '<img src="/hold-load.png" alt=""></body>');
    await route.fulfill({ response, body });
  });
  const worker = await extension.worker();
  // Chromium answers storage.managed (IT policy, read by every settings request) only once its start-up
  // has finished, which waits for a page to finish loading: this test's page is held loading on purpose,
  // so let a page finish first (in a real browser, any earlier tab has).
  const warmUp = await extension.context.newPage();
  await warmUp.goto(new URL('/casebook/case/CR-311502.html', demo.url).href);
  await worker.evaluate(() => chrome.storage.managed.get());
  await warmUp.close();
  await page.goto(new URL('/casebook/case/CR-204871.html', demo.url).href, { waitUntil: 'domcontentloaded' });
  const answers = () =>
    worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'close-sidebar', payload: {} }, { frameId: 0 }).then(
        () => true,
        () => false,
      );
    }, page.url());

  // While the page is loading, no copy of the script answers in it.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  expect(await answers()).toBe(false);

  // The shortcut, before the load event: the background injects at once and the quote is captured.
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('.decision-text')!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    // @ts-expect-error dispatch runs the real registered listener (Chromium test seam, see TESTING.md)
    chrome.commands.onCommand.dispatch('challenge-selection', tab);
  }, page.url());
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/sidebar.html'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/sidebar.html'))!;
  await expect(frame.getByRole('form', { name: 'New challenge' }).locator('blockquote')).toContainText(
    'No further action',
  );
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');

  // Once the page loads, the background's own injection finds the script there and adds nothing.
  releaseImage();
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  await expect(page.locator('[data-challenge-companion]')).toHaveCount(1);
  expect(page.frames().filter((f) => f.url().includes('/sidebar.html'))).toHaveLength(1);
});

test('a page loaded after the grant gets the script without any command', async ({
  extension,
  openCasePage,
}) => {
  const page = await openCasePage('/casebook/case/CR-311502.html');
  const worker = await extension.worker();
  await expect
    .poll(() =>
      worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        return chrome.tabs.sendMessage(tab!.id!, { type: 'close-sidebar', payload: {} }, { frameId: 0 }).then(
          () => true,
          () => false,
        );
      }, page.url()),
    )
    .toBe(true);
  // The case was reported by the script itself (not by a capture): the tab knows its case.
  await expect
    .poll(() =>
      worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        return JSON.stringify(await chrome.storage.session.get(`tab-page:${tab!.id}`));
      }, page.url()),
    )
    .toContain('CR-311502');
});
