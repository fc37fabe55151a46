// Main-thread blocking of cold visits on a slow phone, to compare builds (ADR 0036, "How it is measured").
//
//   node bench/web/blocking.mjs PATH RUNS BASE_URL [BASE_URL…]
//   e.g. node bench/web/blocking.mjs /cooperatives 8 http://127.0.0.1:5294 http://127.0.0.1:5295
//
// Each run is a cold visit (new context, no service worker) at 412×823, touch, Arabic, under a 4× CPU slowdown
// (CDP Emulation.setCPUThrottlingRate), the servers taken in turn so that the machine's load falls on all of them.
// Printed per server: the total blocking time of each visit (the `longtask` entries after the first contentful paint,
// less 50 ms each) and its median, and the medians of the main-thread time by kind (CDP Performance.getMetrics).
// Lighthouse's own figure moves too much from one run to the next on a shared 2-core machine to tell two builds apart.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../web/package.json', import.meta.url));
const { chromium } = require('playwright');

const [path, runs, ...bases] = process.argv.slice(2);
if (!path || !Number(runs) || bases.length === 0) {
  console.error('usage: node bench/web/blocking.mjs PATH RUNS BASE_URL [BASE_URL…]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const results = Object.fromEntries(bases.map((b) => [b, []]));
for (let i = 0; i < Number(runs); i++) {
  for (const base of bases) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, locale: 'ar-MA', serviceWorkers: 'block' });
    await context.addInitScript(`localStorage.setItem('coophub.language', 'ar'); window.__long = []; window.__fcp = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2000);
    const { long, fcp } = await page.evaluate(() => ({ long: window.__long, fcp: window.__fcp }));
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    results[base].push({
      blocking: Math.round(long.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)),
      tasks: Math.round(m.TaskDuration * 1000),
      script: Math.round(m.ScriptDuration * 1000),
      styleLayout: Math.round((m.LayoutDuration + m.RecalcStyleDuration) * 1000),
    });
    await context.close();
  }
}
await browser.close();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${path}: ${runs} cold visits a server, 412x823, ar-MA, 4x CPU slowdown; milliseconds`);
for (const [base, r] of Object.entries(results)) {
  const of = (k) => median(r.map((x) => x[k]));
  console.log(`${base}  blocking ${r.map((x) => x.blocking).join(', ')}  median ${of('blocking')} | main thread ${of('tasks')}, script ${of('script')}, style and layout ${of('styleLayout')}`);
}
