import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin } from './helpers';
import { watchConsole } from './sweeps';

// Every public page's console, in Arabic and French, is watched by phone.spec.ts's walk of them (one visit per page for
// the sideways-scroll, axe and console checks). These tests watch what signing in and out does.

/**
 * Counts the page's requests in flight. `waitForLoadState('networkidle')` resolves at once when the document reached
 * that state before (signing out is a route change in the same document, and its refetches come after), so a reload
 * right after it aborted the directory's requests on a busy machine; this waits for the requests themselves.
 */
function inFlight(page: Page) {
  const open = new Set<unknown>();
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) open.clear();
  });
  return open;
}

/** Waits until the route has rendered and every request it started (data, lazy chunks, charts) has settled. */
async function settle(page: Page, open: Set<unknown>) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#main')).toBeVisible();
  await expect(page.getByRole('heading').first()).toBeVisible();
  // Quiet for 300 ms: a query that starts once the screen has rendered counts too.
  await expect
    .poll(
      async () => {
        if (open.size > 0) return open.size;
        await page.waitForTimeout(300);
        return open.size;
      },
      { timeout: 30_000 },
    )
    .toBe(0);
}

test('signing in, reloading, signing out and reloading logs nothing, and the anonymous reload asks nobody who it is', async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  const problems = watchConsole(page);
  const open = inFlight(page);
  const meRequests: number[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname === '/api/v1/auth/me') meRequests.push(r.status());
  });
  const menu = page.getByRole('button', { name: /قائمة حساب/ });
  const signInLink = page.getByRole('link', { name: 'تسجيل الدخول' });

  await signInAsAdmin(page);
  await settle(page, open);

  await page.reload();
  await expect(menu).toBeVisible();
  await settle(page, open);

  await menu.click();
  await page.getByRole('menuitem', { name: 'تسجيل الخروج' }).click();
  await expect(signInLink).toBeVisible();
  await settle(page, open);

  meRequests.length = 0;
  await page.reload();
  await settle(page, open);
  await expect(signInLink).toBeVisible();
  await expect(menu).toHaveCount(0);
  expect(meRequests, 'an anonymous page does not ask /auth/me').toEqual([]);
  expect(problems).toEqual([]);
});

test('a session that ended on the server shows the visitor anonymous, and the next page asks nobody who it is', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  const meRequests: number[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname === '/api/v1/auth/me') meRequests.push(r.status());
  });
  const menu = page.getByRole('button', { name: /قائمة حساب/ });
  const signInLink = page.getByRole('link', { name: 'تسجيل الدخول' });

  await signInAsAdmin(page);
  await context.clearCookies();

  meRequests.length = 0;
  await page.reload();
  await expect(signInLink).toBeVisible();
  await expect(menu).toHaveCount(0);
  expect(meRequests, 'the expired session is found out once').toEqual([401]);

  const problems = watchConsole(page);
  const open = inFlight(page);
  meRequests.length = 0;
  await page.reload();
  await settle(page, open);
  await expect(signInLink).toBeVisible();
  expect(meRequests, 'then the visitor is anonymous without asking').toEqual([]);
  expect(problems).toEqual([]);
});
