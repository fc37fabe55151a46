import { defineConfig } from '@playwright/test';

// build/test.sh runs the browser tests in three parts at once, each against its own API and database (E2E_LANE):
// `phone`, the sweeps of every page on two phones (phone.spec.ts, read-only, two workers); `rest2`, the specs named in
// REST2 (about half the time of the others, by their measured times); `rest`, every other spec, so that a new spec
// lands there without anyone listing it. Without E2E_LANE, all.
const lane = process.env.E2E_LANE;
const PHONE = '**/phone.spec.ts';
const REST2 = ['a11y', 'claims', 'contact-consent', 'journey', 'networks'].map((name) => `**/${name}.spec.ts`);
if (lane && !['phone', 'rest', 'rest2'].includes(lane)) throw new Error(`E2E_LANE is phone, rest, rest2 or unset, not ${lane}`);
const suffix = lane ? `-${lane}` : '';

// Debian's chromium: Playwright must never download a browser here.
export default defineConfig({
  testDir: './e2e',
  ...(lane === 'phone' ? { testMatch: PHONE } : {}),
  ...(lane === 'rest' ? { testIgnore: [PHONE, ...REST2] } : {}),
  ...(lane === 'rest2' ? { testMatch: REST2 } : {}),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // The phone sweeps only read (they open pages, sign in, fill nothing): their part runs two workers (phone.spec.ts is
  // parallel inside); every other spec writes and runs one after the other in its part.
  workers: lane === 'phone' ? 2 : 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `test-results/e2e${suffix}.json` }]],
  outputDir: `test-results/playwright${suffix}`,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080',
    locale: 'ar-MA',
    timezoneId: 'Africa/Casablanca',
    viewport: { width: 1366, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
