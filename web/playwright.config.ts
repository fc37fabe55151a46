import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// build/test.sh runs the browser tests in two halves at once, each against its own API and database: E2E_LANE=phone
// runs the read-only specs (SWEEPS: phone.spec.ts, every page on two phones; a11y.spec.ts, axe on the desktop boards,
// touch targets, the mirrored chart; a few others), E2E_LANE=rest every other spec. Without E2E_LANE, all.
const lane = process.env.E2E_LANE;
// Read-only specs (they open pages, search, switch the language, sign in and out, go offline; they write nothing
// another test reads): the phone sweeps, axe on the desktop, the directory's search, the catalogues, the dashboard, the
// console around signing in and out, the offline app. By measured time, about half of the whole.
const SWEEPS = ['phone', 'a11y', 'directory', 'catalogues', 'dashboard', 'console', 'offline'].map((name) => `**/${name}.spec.ts`);
if (lane && lane !== 'phone' && lane !== 'rest') throw new Error(`E2E_LANE is phone, rest or unset, not ${lane}`);
const suffix = lane ? `-${lane}` : '';

// Debian's chromium: Playwright must never download a browser here. Headless runs take its headless shell when it is
// installed (build/lib.sh installs it; the same engine without the browser around it, about a sixth less time on 2
// cores); a headed run (--headed, --ui, PWDEBUG) or CHROMIUM_PATH takes the browser asked for.
const headed = process.argv.some((a) => a === '--headed' || a === '--ui' || a === '--debug') || !!process.env.PWDEBUG;
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const executablePath =
  process.env.CHROMIUM_PATH ?? (!headed && existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');
export default defineConfig({
  testDir: './e2e',
  ...(lane === 'phone' ? { testMatch: SWEEPS } : {}),
  ...(lane === 'rest' ? { testIgnore: SWEEPS } : {}),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // The read-only specs' half runs two workers (phone.spec.ts is parallel inside); every other spec writes and runs
  // one after the other.
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
      executablePath,
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
