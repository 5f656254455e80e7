// `npm run demo`: the extension loaded in Chromium on the bundled demo case-management site.
// With a display, a real window stays open until Ctrl+C. Without one (a server, CI), it runs
// headless and saves a screenshot of the case record with the sidebar open, and prints its path.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { grantSite, launchWithExtension, sidebarFrame } from '../e2e/support/browser.mjs';
import { startDemoSite } from '../demo-site/server.mjs';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.HEADLESS !== '1';
const site = await startDemoSite({ port: Number(process.env.DEMO_PORT ?? 4873), host: '127.0.0.1' });
console.log(`Demo case-management site: ${site.url}`);

const extension = await launchWithExtension({ headless: !headed });
await grantSite(extension);
const page = await extension.context.newPage();
await page.goto(new URL('/casebook/case/CR-204871.html', site.url).href);
// Show the product at work: the decision is selected and "Challenge this decision" chosen, as a
// practitioner would with the mouse and the context menu, so the sidebar opens with the quote.
await page.evaluate(() => {
  const decision = document.querySelector('.decision-text');
  if (!decision) return;
  decision.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.selectNodeContents(decision);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
});
const worker = await extension.worker();
await worker.evaluate(async (url) => {
  const [tab] = await chrome.tabs.query({ url });
  // @ts-expect-error dispatch runs the real registered listener (Chromium's test seam)
  chrome.contextMenus.onClicked.dispatch(
    { menuItemId: 'challenge-selection', frameId: 0, editable: false, pageUrl: url },
    tab,
  );
}, page.url());
const sidebar = await sidebarFrame(page);
await sidebar.getByText('CR-204871').first().waitFor();
await sidebar.locator('blockquote').first().waitFor();

if (headed) {
  console.log('Chromium is open with Challenge Companion on the demo case record. Press Ctrl+C to stop.');
  const stop = async () => {
    await extension.close();
    await site.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  extension.context.on('close', stop);
} else {
  const dir = path.resolve('.demo');
  mkdirSync(dir, { recursive: true });
  const screenshot = path.join(dir, 'demo-case-record-with-sidebar.png');
  await page.screenshot({ path: screenshot });
  console.log(`No display: ran headless. Screenshot of the case record with the sidebar open: ${screenshot}`);
  await extension.close();
  await site.close();
}
