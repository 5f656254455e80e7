// Renders the extension icon (docs/icon.svg) to the PNG sizes the manifest uses (public/icon/<size>.png;
// WXT finds them there and lists them in the manifest) in headless Debian Chromium. Run by hand after
// changing the SVG, then look at the PNGs and commit them; it is not part of `npm test`:
//
//   node tests/tools/render-icons.mjs                                  # writes public/icon/{16,32,48,128}.png
//   node tests/tools/render-icons.mjs --preview /tmp/icon-preview.png  # also a contact sheet to look at
//
// The contact sheet shows every size on light and dark toolbar colours, with the alert badge drawn
// roughly where Chromium puts it, and the 16 px icon enlarged pixel for pixel.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUIET_FLAGS, chromiumPath } from '../e2e/support/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const svg = readFileSync(path.join(root, 'docs/icon.svg'), 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/**
 * Chrome Web Store guidance: the 128 px icon is 96 px of artwork in 16 px of transparent padding.
 * The toolbar and menu sizes use the whole square, where every pixel counts.
 * @type {{ size: number; padding: number }[]}
 */
const SIZES = [
  { size: 16, padding: 0 },
  { size: 32, padding: 0 },
  { size: 48, padding: 0 },
  { size: 128, padding: 16 },
];

const previewIndex = process.argv.indexOf('--preview');
const previewPath = previewIndex > 0 ? process.argv[previewIndex + 1] : undefined;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', ...QUIET_FLAGS],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, padding } of SIZES) {
    const art = size - 2 * padding;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;background:transparent">` +
        `<img src="${svgUrl}" width="${art}" height="${art}" style="display:block;margin:${padding}px"></body>`,
    );
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    const file = path.join(root, 'public/icon', `${size}.png`);
    await page.screenshot({
      path: file,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`wrote ${path.relative(root, file)}`);
  }
  if (previewPath) {
    await page.setViewportSize({ width: 760, height: 420 });
    await page.setContent(contactSheet());
    await Promise.all(
      (await page.locator('img').all()).map((img) =>
        img.evaluate((element) => /** @type {HTMLImageElement} */ (element).decode()),
      ),
    );
    await page.screenshot({ path: previewPath, fullPage: true });
    console.log(`wrote ${previewPath}`);
  }
} finally {
  await browser.close();
}

/** The rendered PNGs (not the SVG), so the sheet shows exactly what is committed. */
function contactSheet() {
  /** @param {number} size */
  const png = (size) =>
    `data:image/png;base64,${readFileSync(path.join(root, 'public/icon', `${size}.png`)).toString('base64')}`;
  // Chromium's badge: a small rounded box over the lower right of the 16 px icon, white text.
  /** @param {string} text @param {string} colour */
  const badge = (text, colour) =>
    `<span style="position:absolute;right:-3px;bottom:-2px;background:${colour};color:#fff;font:bold 8px/9px Arial;` +
    `padding:0 2px;border-radius:2px;min-width:9px;text-align:center">${text}</span>`;
  /** @param {string} background @param {string} label */
  const toolbar = (background, label) => `
    <div style="background:${background};padding:10px 14px;display:flex;gap:18px;align-items:center">
      <span style="color:${background === '#ffffff' || background === '#f1f3f4' ? '#000' : '#fff'};width:70px">${label}</span>
      <img src="${png(16)}" width="16" height="16">
      <span style="position:relative;display:inline-block;width:16px;height:16px"><img src="${png(16)}">${badge('3', '#C62828')}</span>
      <span style="position:relative;display:inline-block;width:16px;height:16px"><img src="${png(16)}">${badge('12', '#F9A825')}</span>
      <img src="${png(32)}" width="32" height="32">
      <img src="${png(48)}" width="48" height="48">
      <img src="${png(128)}" width="128" height="128">
    </div>`;
  return `<body style="margin:0;font:12px Arial">
    ${toolbar('#ffffff', 'white')}${toolbar('#f1f3f4', 'light')}${toolbar('#35363a', 'dark')}${toolbar('#202124', 'darker')}
    <div style="padding:10px 14px;display:flex;gap:18px;align-items:end">
      <img src="${png(16)}" width="128" height="128" style="image-rendering:pixelated">
      <img src="${png(32)}" width="128" height="128" style="image-rendering:pixelated">
      <span style="position:relative;display:inline-block;width:128px;height:128px">
        <img src="${png(16)}" width="128" height="128" style="image-rendering:pixelated">
        <span style="position:absolute;right:-24px;bottom:-16px;background:#C62828;color:#fff;font:bold 64px/72px Arial;padding:0 16px;border-radius:16px">3</span>
      </span>
    </div></body>`;
}
