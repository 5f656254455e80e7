// Selection to the "Challenge this" button, and toolbar click to an interactive sidebar, on a case page.
import { percentile, sleep } from './stats.mjs';

/** The tab id of `page`, asked of the worker. */
export async function tabIdOf(extension, page) {
  const worker = await extension.worker();
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (!tab?.id) throw new Error(`No tab at ${url}`);
    return tab.id;
  }, page.url());
}

/**
 * Waits until the case-page script answers in the tab's top frame. The probe is the product's own
 * harmless "close-sidebar" command: without a listener, sendMessage rejects with "Receiving end does
 * not exist".
 */
export async function waitForCaseScript(extension, page, timeoutMs = 10_000) {
  const tabId = await tabIdOf(extension, page);
  const worker = await extension.worker();
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const answered = await worker.evaluate(async (id) => {
      try {
        await chrome.tabs.sendMessage(id, { type: 'close-sidebar', payload: {} }, { frameId: 0 });
        return true;
      } catch {
        return false;
      }
    }, tabId);
    if (answered) return tabId;
    await sleep(20);
  }
  throw new Error('The case-page script never answered in the measured tab');
}

/**
 * In the page's main world: select the decision text and time until a new element with the button's
 * host attribute is in the document, plus the next frame. Both the button and the sidebar are manual
 * popovers in the top layer; only the button is placed by the `--cc-top` custom property.
 */
async function selectionToButtonOnce(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const target = document.querySelector('.decision-text');
        if (!target) throw new Error('No .decision-text on the page');
        let started = 0;
        const observer = new MutationObserver((records) => {
          const added = records.some((record) =>
            [...record.addedNodes].some(
              (node) =>
                node instanceof HTMLElement &&
                node.hasAttribute('data-challenge-companion') &&
                node.style.getPropertyValue('--cc-top') !== '',
            ),
          );
          if (!added) return;
          const inserted = performance.now();
          observer.disconnect();
          requestAnimationFrame(() =>
            resolve({ inserted: inserted - started, visible: performance.now() - started }),
          );
        });
        observer.observe(document, { childList: true, subtree: true });
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection.removeAllRanges();
        started = performance.now();
        selection.addRange(range);
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('No "Challenge this" button within 2 s'));
        }, 2000);
      }),
  );
}

/** Clears the selection and waits until the button is gone, so every run starts from the same state. */
async function clearSelection(page) {
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('[data-challenge-companion]')].some(
        (node) => node instanceof HTMLElement && node.style.getPropertyValue('--cc-top') !== '',
      ),
    undefined,
    { timeout: 2000 },
  );
  await sleep(100);
}

export async function benchSelectionButton(page, runs = 30) {
  const visible = [];
  const inserted = [];
  await clearSelection(page);
  await selectionToButtonOnce(page);
  for (let i = 0; i < runs; i += 1) {
    await clearSelection(page);
    const run = await selectionToButtonOnce(page);
    visible.push(run.visible);
    inserted.push(run.inserted);
  }
  await clearSelection(page);
  return { visible, inserted };
}

/**
 * Installed in every frame before its scripts run: in the sidebar frame it records (as a wall-clock
 * instant, performance.timeOrigin + now) when the case reference first shows text, and after the
 * following frame. The worker records its own instant just before it dispatches the click, so the
 * difference needs no polling from Playwright.
 */
function sidebarReadyProbe() {
  if (!location.href.includes('/sidebar.html')) return;
  const stamp = () => performance.timeOrigin + performance.now();
  const check = () => {
    const element = document.querySelector('[data-testid="case-reference"]');
    if (!element || !element.textContent?.trim()) return false;
    const shown = stamp();
    requestAnimationFrame(() => {
      globalThis.__benchSidebarReady = { shown, painted: stamp() };
    });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

export async function installSidebarProbe(context) {
  await context.addInitScript(sidebarReadyProbe);
}

const isSidebar = (frame) =>
  frame.url().startsWith('chrome-extension://') && frame.url().includes('/sidebar.html');

/**
 * Sends the command the popup's "Open the sidebar on this page" button causes, and returns the sidebar's
 * ready instants minus the click's.
 */
async function openSidebarOnce(extension, page) {
  const worker = await extension.worker();
  const clickedAt = await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    if (!tab) throw new Error(`No tab at ${url}`);
    const at = performance.timeOrigin + performance.now();
    void chrome.tabs.sendMessage(tab.id, { type: 'open-sidebar', payload: {} }, { frameId: 0 });
    return at;
  }, page.url());
  const started = Date.now();
  for (;;) {
    const frame = page.frames().find(isSidebar);
    const ready =
      frame && (await frame.evaluate(() => globalThis.__benchSidebarReady ?? null).catch(() => null));
    if (ready) return { shown: ready.shown - clickedAt, painted: ready.painted - clickedAt };
    if (Date.now() - started > 10_000) throw new Error('The sidebar did not show the case reference in 10 s');
    await sleep(10);
  }
}

async function closeSidebar(extension, page, tabId) {
  const worker = await extension.worker();
  await worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'close-sidebar', payload: {} }, { frameId: 0 }),
    tabId,
  );
  const started = Date.now();
  while (page.frames().some(isSidebar)) {
    if (Date.now() - started > 5000) throw new Error('The sidebar did not close');
    await sleep(10);
  }
}

/** Cold: first open after a page load. Warm: close and reopen in the same page. */
export async function benchSidebar(extension, page, url, runs = 15) {
  const cold = [];
  const warm = [];
  let firstEver = Number.NaN;
  for (let i = 0; i < runs + 1; i += 1) {
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await waitForCaseScript(extension, page);
    await sleep(150);
    const first = await openSidebarOnce(extension, page);
    await closeSidebar(extension, page, tabId);
    await sleep(100);
    const again = await openSidebarOnce(extension, page);
    await closeSidebar(extension, page, tabId);
    // The first round warms Chromium's caches for the extension's files; it is not counted.
    if (i === 0) {
      firstEver = first.painted;
      continue;
    }
    cold.push(first.painted);
    warm.push(again.painted);
  }
  return { cold, warm, firstEver, coldP95: percentile(cold, 95), warmP95: percentile(warm, 95) };
}

/**
 * Installed in the popup page before its scripts run: records (performance.now(), so from the
 * navigation's start) when both sections have settled, "Open challenges" past "Loading…" and "This
 * page" past "Checking this page…", and after the following frame. Then the popup can be used.
 */
function popupReadyProbe() {
  if (!location.pathname.endsWith('/popup.html')) return;
  const settled = (headingId, pending) => {
    const section = document.getElementById(headingId)?.closest('section');
    return Boolean(section) && !section.textContent.includes(pending);
  };
  const check = () => {
    if (!settled('open-heading', 'Loading…') || !settled('this-page-heading', 'Checking this page…'))
      return false;
    const shown = performance.now();
    requestAnimationFrame(() => {
      globalThis.__benchPopupReady = { shown, painted: performance.now() };
    });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Toolbar click → popup interactive, as the e2e tests open the popup: popup.html in a tab, with the
 * granted case page at `caseUrl` made the active tab so "This page" offers the sidebar as in real use.
 * Each run is a fresh navigation (a real popup is a new document each click); the first is not counted.
 */
export async function benchPopup(extension, caseUrl, runs = 15) {
  const casePage = await extension.context.newPage();
  await casePage.goto(caseUrl, { waitUntil: 'load' });
  const caseTabId = await waitForCaseScript(extension, casePage);
  const popup = await extension.context.newPage();
  await popup.addInitScript(popupReadyProbe);
  const popupUrl = `chrome-extension://${extension.extensionId}/popup.html`;
  const worker = await extension.worker();
  const painted = [];
  const shown = [];
  let firstEver = Number.NaN;
  let offered = false;
  try {
    for (let i = 0; i < runs + 1; i += 1) {
      await worker.evaluate((id) => chrome.tabs.update(id, { active: true }), caseTabId);
      await popup.goto(popupUrl, { waitUntil: 'commit' });
      const handle = await popup.waitForFunction(() => globalThis.__benchPopupReady, undefined, {
        timeout: 10_000,
      });
      const ready = await handle.jsonValue();
      offered ||= await popup.getByRole('button', { name: 'Open the sidebar on this page' }).isVisible();
      await sleep(100);
      if (i === 0) {
        firstEver = ready.painted;
        continue;
      }
      painted.push(ready.painted);
      shown.push(ready.shown);
    }
  } finally {
    await popup.close();
    await casePage.close();
  }
  // Without the case page active the popup would skip its permission check: say so rather than time that.
  if (!offered) throw new Error('The popup never offered "Open the sidebar on this page"');
  return { painted, shown, firstEver, p95: percentile(painted, 95) };
}
