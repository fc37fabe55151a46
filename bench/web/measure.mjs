// Measures what a cooperative manager on a cheap phone and a weak link meets on the directory (issue 16):
// bytes on the wire by type, first contentful paint, and the time to the first rows, cold and on a return visit.
// Chromium from Debian, 390x844 touch, ar-MA, 400 ms round trip, 400 kbit/s down and up (CDP throttling).
// A report, not a test: it prints the figures and each target, and exits 0 when everything ran.
import { createRequire } from 'node:module';

// Playwright comes with the SPA's packages (web/node_modules).
const require = createRequire(new URL('../../web/package.json', import.meta.url));
const { chromium } = require('playwright');

const base = process.env.BENCH_URL ?? 'http://127.0.0.1:5089';
const path = process.env.BENCH_PATH ?? '/cooperatives';
// A link to one cooperative in the page's main area: a table row on a desktop, a card on a phone.
const rows = process.env.BENCH_ROWS ?? 'main a[href^="/cooperatives/"]:not([href$="/new"]):not([href$="/import"])';
const throttle = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'ar-MA',
  deviceScaleFactor: 2,
});

async function visit(label) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', throttle);
  const types = new Map();
  const bytes = {};
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, cached: e.response.fromDiskCache || e.response.fromServiceWorker }));
  cdp.on('Network.loadingFinished', (e) => {
    const info = types.get(e.requestId) ?? { type: 'Other' };
    bytes[info.type] = (bytes[info.type] ?? 0) + e.encodedDataLength;
  });
  const started = Date.now();
  await page.goto(base + path, { waitUntil: 'commit' });
  await page.waitForSelector(rows, { timeout: 120_000 });
  const firstRows = (Date.now() - started) / 1000;
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
  const scroll = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, inner: window.innerWidth }));
  await page.close();
  const kb = (n) => ((n ?? 0) / 1024).toFixed(1);
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  console.log(
    `${label.padEnd(7)} JS ${kb(bytes.Script).padStart(6)} KB  CSS ${kb(bytes.Stylesheet).padStart(5)} KB  JSON ${kb(bytes.Fetch).padStart(5)} KB  ` +
      `total ${kb(total).padStart(6)} KB  FCP ${fcp === null ? '  n/a' : (fcp / 1000).toFixed(2)} s  first rows ${firstRows.toFixed(2)} s  ` +
      `width ${scroll.width}/${scroll.inner}`,
  );
  return { bytes, fcp, firstRows };
}

console.log(`Directory ${base}${path}: 390x844 touch, ar-MA, RTT 400 ms, 400 kbit/s`);
const cold = await visit('cold');
const warm = await visit('return');
await browser.close();

const verdict = (ok) => (ok ? 'met' : 'MISSED');
console.log('Targets (issue 16):');
console.log(`  initial JS <= 150 KB on the wire: ${((cold.bytes.Script ?? 0) / 1024).toFixed(1)} KB, ${verdict((cold.bytes.Script ?? 0) <= 150 * 1024)}`);
console.log(`  initial CSS <= 30 KB on the wire: ${((cold.bytes.Stylesheet ?? 0) / 1024).toFixed(1)} KB, ${verdict((cold.bytes.Stylesheet ?? 0) <= 30 * 1024)}`);
console.log(`  first contentful paint <= 3 s cold: ${(cold.fcp / 1000).toFixed(2)} s, ${verdict(cold.fcp <= 3000)}`);
console.log(`  first rows <= 6 s cold: ${cold.firstRows.toFixed(2)} s, ${verdict(cold.firstRows <= 6)}`);
console.log(`  first rows <= 1.5 s on a return visit: ${warm.firstRows.toFixed(2)} s, ${verdict(warm.firstRows <= 1.5)}`);
