import { expect, test, type Page, type Request } from '@playwright/test';
import { signInAsAdmin } from './helpers';
import { requestsInFlight, settled, watchConsole } from './sweeps';

// Every public page's console, in Arabic and French, is watched by phone.spec.ts's walk of them (one visit per page for
// the sideways-scroll, axe and console checks). These tests watch what signing in and out does.

/** Waits until the route has rendered and every request it started (data, lazy chunks, charts) has settled. */
async function settle(page: Page, open: Set<Request>) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#main')).toBeVisible();
  await expect(page.getByRole('heading').first()).toBeVisible();
  // networkidle resolves at once after a route change in the same document (signing out): wait for the requests.
  await settled(page, open, 300);
}

test('signing in, reloading, signing out and reloading logs nothing, and the anonymous reload asks nobody who it is', async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  const problems = watchConsole(page);
  const open = requestsInFlight(page);
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
  const open = requestsInFlight(page);
  meRequests.length = 0;
  await page.reload();
  await settle(page, open);
  await expect(signInLink).toBeVisible();
  expect(meRequests, 'then the visitor is anonymous without asking').toEqual([]);
  expect(problems).toEqual([]);
});
