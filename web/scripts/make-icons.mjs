// Rasterises the brand mark into the PNG icons of the web app manifest (public/icons), with Debian's chromium:
//   node scripts/make-icons.mjs
// The PNGs are committed; run this again only when the mark changes.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const THEME = '#087f5b';
const MARK = '<circle cx="11" cy="16" r="5" fill="#fff"/><circle cx="21" cy="16" r="5" fill="none" stroke="#fff" stroke-width="2.5"/>';

/** The favicon's mark on a rounded tile (for "any" purpose). */
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${THEME}"/>${MARK}</svg>`;
/** Full-bleed tile, the mark inside the central 80 % safe zone (for "maskable": the launcher cuts its own shape). */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${THEME}"/><g transform="translate(16 16) scale(0.72) translate(-16 -16)">${MARK}</g></svg>`;

const icons = [
  ['icon-192.png', 192, rounded],
  ['icon-512.png', 512, rounded],
  ['maskable-512.png', 512, maskable],
  ['apple-touch-icon-180.png', 180, maskable],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const [name, size, svg] of icons) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(new URL(`../public/icons/${name}`, import.meta.url), await page.screenshot({ omitBackground: true }));
    console.log(`public/icons/${name} ${size}x${size}`);
  }
} finally {
  await browser.close();
}
