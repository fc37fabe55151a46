import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { screenshot, signInAsAdmin } from './helpers';
import { requestsInFlight, settled } from './sweeps';

/**
 * On a phone (390x844, touch, Arabic) that loses its connection: the pages seen before still open, from the service
 * worker's caches; a page never opened says, in Arabic and inside the app, that it cannot load without a connection;
 * a reload offline still shows the app. Never the browser's error page, never a raw (English) error (ADR 0019).
 */
test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  locale: 'ar-MA',
  serviceWorkers: 'allow',
});

const RAW = /Failed to fetch|dynamically imported module|ERR_INTERNET_DISCONNECTED|No internet|TypeError|حدث خطأ/;

async function expectNoRawError(page: Page) {
  expect(page.url()).not.toMatch(/^chrome-error:/);
  await expect(page.locator('body')).not.toContainText(RAW);
}

/**
 * The service worker controls the page and has saved what the first visit loaded before it did: the API read `read`
 * and, unless `screen` is null, the screen's chunk (a file name prefix).
 */
async function waitForOfflineReady(page: Page, read = '/api/v1/cooperatives', screen: string | null = '/assets/directory-route') {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  await expect
    .poll(
      () =>
        page.evaluate(
          async ({ read, screen }) => {
            const paths = async (name: string) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
            return {
              screens: screen === null || (await paths('coophub-assets')).some((p) => p.startsWith(screen)),
              reads: (await paths('coophub-api')).includes(read),
            };
          },
          { read, screen },
        ),
      { timeout: 30_000 },
    )
    .toEqual({ screens: true, reads: true });
}

async function openMenuLink(page: Page, name: string) {
  await page.getByRole('button', { name: 'فتح القائمة' }).click();
  await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name, exact: true }).click();
}

test('offline, a page seen before opens from the cache, one never seen says so in Arabic, and a reload keeps the app', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const open = requestsInFlight(page);

  // Online: the directory, then one cooperative (a page seen before), then back.
  await page.goto('/cooperatives');
  await expect(page.getByRole('heading', { level: 1, name: 'دليل التعاونيات' })).toBeVisible();
  await expect(page.getByTestId('result-count')).toBeVisible();
  await waitForOfflineReady(page);
  const firstLink = page.locator('#main a[href^="/cooperatives/"]').first();
  const cooperativePath = (await firstLink.getAttribute('href'))!;
  await firstLink.click();
  await expect(page).toHaveURL(cooperativePath);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('دليل التعاونيات');
  const cooperativeName = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  // Everything the cooperative's page asked for is answered (and cached) before going offline; networkidle would resolve
  // at once here, after a route change in the same document.
  await settled(page, open);
  await page.goBack();
  await expect(page.getByTestId('result-count')).toBeVisible();

  await context.setOffline(true);

  // The notice is in the layout, in Arabic.
  await expect(page.getByTestId('offline-notice')).toContainText('أنت غير متصل بالإنترنت');

  // A search offline does not pass the old list off as the new term's results.
  await page.getByRole('searchbox', { name: 'بحث' }).fill('زعفران');
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  await expect(page.getByTestId('stale-results')).toContainText('زعفران');
  await expectNoRawError(page);
  await screenshot(page, 'offline-search-ar');

  // A page never opened: a translated message inside the layout (menu and header stay), with a retry.
  await openMenuLink(page, 'الفعاليات');
  await expect(page.getByTestId('route-error')).toContainText('تعذّر تحميل هذه الصفحة');
  await expect(page.getByRole('button', { name: 'إعادة المحاولة' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'فتح القائمة' })).toBeVisible();
  await expect(page.getByTestId('offline-notice')).toBeVisible();
  await expectNoRawError(page);
  await screenshot(page, 'offline-unseen-ar');

  // Reloading the page never opened: the app (from the cache) with the same translated message, not the browser's page.
  await page.reload();
  await expect(page.getByTestId('offline-notice')).toBeVisible();
  await expect(page.getByTestId('route-error')).toContainText('تعذّر تحميل هذه الصفحة');
  await expectNoRawError(page);

  // A full navigation to the cooperative seen before: its page, from the cache.
  await page.goto(cooperativePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cooperativeName);
  await expect(page.getByTestId('offline-notice')).toBeVisible();
  await expectNoRawError(page);
  await screenshot(page, 'offline-seen-ar');

  // And the directory after a reload offline: the rows seen before.
  await page.goto('/cooperatives');
  await expect(page.getByRole('heading', { level: 1, name: 'دليل التعاونيات' })).toBeVisible();
  await expect(page.getByTestId('result-count')).toBeVisible();
  await expectNoRawError(page);

  await context.setOffline(false);
  await expect(page.getByTestId('offline-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('on a link too slow to answer, a return to the directory shows the list saved at the last visit and says so; a retry brings the answer', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  await page.goto('/cooperatives');
  await expect(page.getByTestId('result-count')).toBeVisible();
  await waitForOfflineReady(page);
  const firstName = (await page.locator('#main a[href^="/cooperatives/"]').first().innerText()).trim();

  // The link stalls: the directory's read (the service worker's own request included) gets no answer until released.
  let release!: () => void;
  const stalled = new Promise<void>((resolve) => (release = resolve));
  const list = (url: URL) => url.pathname === '/api/v1/cooperatives';
  await context.route(list, async (route) => {
    await stalled;
    await route.continue();
  });
  await page.reload();

  // The rows she saw, said to be the saved copy. The worker gives up on the network after its timeout and answers with
  // that copy: then the notice says the list could not be updated, with a retry.
  await expect(page.locator('#main a[href^="/cooperatives/"]').first()).toHaveText(firstName);
  const notice = page.getByTestId('saved-copy');
  await expect(notice).toContainText('هذه القائمة كما حُفظت على هذا الهاتف في زيارتك السابقة');
  await expect(notice).toContainText('الاتصال بطيء جدًا ولم تُحدَّث', { timeout: 30_000 });
  await expectNoRawError(page);
  await screenshot(page, 'saved-copy-ar');

  // The link comes back (what was held goes on, what follows passes): a retry brings the server's answer, and the
  // notice goes.
  release();
  await notice.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('#main a[href^="/cooperatives/"]').first()).toHaveText(firstName);
});

test("right after her own change, a link slower than the worker's timeout shows the list with it, never the copy saved before", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  await signInAsAdmin(page);
  await page.goto('/admin/webhooks');
  await expect(page.getByRole('heading', { level: 1, name: 'اشتراكات الويب هوك' })).toBeVisible();
  // The worker controls the page and has saved the list as it was before the change (the screen's chunk may have come
  // before the worker took the page).
  await waitForOfflineReady(page, '/api/v1/webhooks', null);

  // Once the subscription is written, the list's read (the worker's own request) is held past the worker's 4 s timeout.
  let written = false;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(
    (url) => url.pathname === '/api/v1/webhooks',
    async (route) => {
      if (route.request().method() === 'POST') written = true;
      else if (written) await held;
      await route.continue();
    },
  );
  const description = `بوابة بطيئة ${Date.now().toString(36)}`;
  await page.getByRole('textbox', { name: 'عنوان التسليم' }).fill('https://localhost/slow-partner');
  await page.getByRole('checkbox', { name: 'نشر فكرة' }).check();
  await page.getByRole('textbox', { name: 'الوصف' }).fill(description);
  await page.getByRole('button', { name: 'إنشاء الاشتراك' }).click();
  await expect.poll(() => written).toBe(true);
  // Its secret shows as soon as the server has taken it, while the list is still being read again behind it: before,
  // the form waited for that read too (on a weak link, one round trip or more).
  await expect(page.getByTestId('webhook-secret-alert')).toBeVisible();
  await page.waitForTimeout(6_000);
  release();
  await page.getByRole('button', { name: 'لقد حفظت السر' }).click();

  // Before, the worker answered the read with the list saved before the change, and the new subscription never showed.
  await expect(page.getByRole('row').filter({ hasText: description })).toHaveCount(1);
  await expectNoRawError(page);
});

test('the manifest is served as a web app manifest, the app is installable, and the service worker is never cached by HTTP', async ({
  page,
  context,
  request,
}) => {
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  const body = (await manifest.json()) as { lang: string; dir: string; theme_color: string; icons: { src: string; purpose?: string }[] };
  expect(body).toMatchObject({ lang: 'ar', dir: 'rtl', theme_color: '#087f5b', display: 'standalone' });
  expect(body.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of body.icons) {
    const png = await request.get(icon.src);
    expect(png.headers()['content-type'], icon.src).toBe('image/png');
  }
  const sw = await request.get('/sw.js');
  expect(sw.ok()).toBe(true);
  expect(sw.headers()['cache-control']).toBe('no-cache');
  expect(sw.headers()['content-type']).toContain('javascript');

  // Chromium's own verdict: nothing stops installing but the test browser's private profile.
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  await page.goto('/cooperatives');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
});

/** The built service worker the host serves (Spa__Root is web/dist in build/test.sh). */
const SW = new URL('../dist/sw.js', import.meta.url);

test('a new version announces itself in Arabic and takes over only when the person presses reload', async ({ page }) => {
  test.skip(!existsSync(SW), 'needs the built SPA in web/dist, served by the host');
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  await page.goto('/cooperatives');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  await page.reload(); // a return visit: the page is controlled from its start
  await expect(page.getByTestId('result-count')).toBeVisible();
  await expect(page.getByTestId('update-notice')).toHaveCount(0);

  // A new release on the server: other bytes in sw.js (its compressed copies would hide it, so they go for a moment).
  const copies = ['', '.br', '.gz'].map((suffix) => new URL(`../dist/sw.js${suffix}`, import.meta.url));
  const saved = copies.map((file) => (existsSync(file) ? readFileSync(file) : null));
  try {
    writeFileSync(copies[0]!, Buffer.concat([saved[0]!, Buffer.from('\n// the next release\n')]));
    copies.slice(1).forEach((file) => rmSync(file, { force: true }));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const notice = page.getByTestId('update-notice');
    await expect(notice).toContainText('يتوفر إصدار جديد من كوب هب.');
    // The open page is untouched until the person chooses.
    await expect(page.getByTestId('result-count')).toBeVisible();
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    await notice.getByRole('button', { name: 'إعادة التحميل' }).click();
    await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => loadedAt), { timeout: 20_000 }).not.toBe(loadedAt);
    await expect(page.getByTestId('result-count')).toBeVisible();
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
  } finally {
    copies.forEach((file, i) => (saved[i] ? writeFileSync(file, saved[i]) : rmSync(file, { force: true })));
  }
});
