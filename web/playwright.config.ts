import { defineConfig } from '@playwright/test';

// build/test.sh runs the browser tests in two halves at once, each against its own API and database: E2E_LANE=phone
// runs the read-only sweeps (phone.spec.ts, every page on two phones; a11y.spec.ts, axe on the desktop boards, touch
// targets, the mirrored chart), E2E_LANE=rest every other spec. Without E2E_LANE, all.
const lane = process.env.E2E_LANE;
const SWEEPS = ['**/phone.spec.ts', '**/a11y.spec.ts'];
if (lane && lane !== 'phone' && lane !== 'rest') throw new Error(`E2E_LANE is phone, rest or unset, not ${lane}`);
const suffix = lane ? `-${lane}` : '';

// Debian's chromium: Playwright must never download a browser here.
export default defineConfig({
  testDir: './e2e',
  ...(lane === 'phone' ? { testMatch: SWEEPS } : {}),
  ...(lane === 'rest' ? { testIgnore: SWEEPS } : {}),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // The sweeps only read (they open pages, sign in, fill nothing): their half runs two workers (phone.spec.ts is
  // parallel inside); every other spec writes and runs one after the other.
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
