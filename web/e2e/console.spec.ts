import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signInAsAdmin } from './helpers';

/**
 * A page a visitor opens normally logs nothing: no console error or warning, no uncaught exception, no failed
 * request and no answer >= 400 (Chromium logs "Failed to load resource" for each of those).
 */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  const where = () => new URL(page.url()).pathname;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${where()}: console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${where()}: uncaught ${e.name}: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`${where()}: request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? '?'})`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${where()}: ${r.status()} on ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

async function firstId(request: APIRequestContext, path: string, pick: (item: Record<string, unknown>) => boolean = () => true) {
  const response = await request.get(path);
  expect(response.ok(), `${path} answers`).toBe(true);
  const body = (await response.json()) as { items: Record<string, unknown>[] };
  const item = body.items.find(pick);
  expect(item, `${path} has an item`).toBeDefined();
  return item!.id as string;
}

/** Every page an anonymous visitor can open, with a real record of the demo data for each detail page. */
async function publicRoutes(request: APIRequestContext): Promise<string[]> {
  const cooperative = await firstId(request, '/api/v1/cooperatives?pageSize=1');
  const network = await firstId(request, '/api/v1/networks');
  const organisation = await firstId(request, '/api/v1/organisations');
  const program = await firstId(request, '/api/v1/programs');
  const call = await firstId(request, '/api/v1/calls');
  const idea = await firstId(request, '/api/v1/ideas');
  const competition = await firstId(request, '/api/v1/competitions', (c) => c.status === 'resultsPublished');
  const event = await firstId(request, '/api/v1/events?when=all');
  return [
    '/',
    '/cooperatives',
    '/cooperatives?region=MA-09',
    `/cooperatives/${cooperative}`,
    '/networks',
    `/networks/${network}`,
    '/organisations',
    `/organisations/${organisation}`,
    '/programs',
    `/programs/${program}`,
    '/calls',
    `/calls/${call}`,
    '/ideas',
    `/ideas/${idea}`,
    '/competitions',
    `/competitions/${competition}`,
    `/competitions/${competition}/results`,
    '/events',
    '/events?view=calendar',
    `/events/${event}`,
    '/registrations',
    '/dashboard',
    '/sign-in',
    '/no-such-page',
  ];
}

/** Waits until the route has rendered and every request it started (data, lazy chunks, charts) has settled. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#main')).toBeVisible();
  await expect(page.getByRole('heading').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

for (const language of ['ar', 'fr'] as const) {
  test(`an anonymous visit to every public page in ${language} logs no error or warning and no failed request`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const routes = await publicRoutes(request);
    await page.addInitScript((lang) => window.localStorage.setItem('coophub.language', lang), language);
    const problems = watchConsole(page);
    for (const route of routes) {
      await page.goto(route);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await settle(page);
    }
    expect(problems).toEqual([]);
  });
}

test('signing in, reloading, signing out and reloading logs nothing, and the anonymous reload asks nobody who it is', async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  const problems = watchConsole(page);
  const meRequests: number[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname === '/api/v1/auth/me') meRequests.push(r.status());
  });
  const menu = page.getByRole('button', { name: /قائمة حساب/ });
  const signInLink = page.getByRole('link', { name: 'تسجيل الدخول' });

  await signInAsAdmin(page);
  await settle(page);

  await page.reload();
  await expect(menu).toBeVisible();
  await settle(page);

  await menu.click();
  await page.getByRole('menuitem', { name: 'تسجيل الخروج' }).click();
  await expect(signInLink).toBeVisible();
  await settle(page);

  meRequests.length = 0;
  await page.reload();
  await settle(page);
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
  meRequests.length = 0;
  await page.reload();
  await settle(page);
  await expect(signInLink).toBeVisible();
  expect(meRequests, 'then the visitor is anonymous without asking').toEqual([]);
  expect(problems).toEqual([]);
});
