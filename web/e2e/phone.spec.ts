import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test';
import { ADMIN, picture } from './helpers';
import { axeFindings, requestsInFlight, settled, watchConsole, type Finding } from './sweeps';

/**
 * Every screen on a phone: an inexpensive Android phone in Arabic (390×844) and a small one in French (360×740).
 * No page may scroll sideways; the directory shows cards and keeps its filters in a drawer. Screenshots go to
 * test-results/phone/ (not committed) for a person to look at.
 */

type Language = 'ar' | 'fr';

// The walks only read, so they may run side by side when the config gives them workers (E2E_LANE=phone).
test.describe.configure({ mode: 'parallel' });

const PHONES: { language: Language; locale: string; width: number; height: number }[] = [
  { language: 'ar', locale: 'ar-MA', width: 390, height: 844 },
  { language: 'fr', locale: 'fr-MA', width: 360, height: 740 },
];

const TEXT = {
  ar: {
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    signIn: 'تسجيل الدخول',
    menu: /قائمة حساب/,
    region: 'الجهة',
    sectors: 'القطاعات',
    status: 'الوضعية',
    filters: /عوامل التصفية/,
  },
  fr: {
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    menu: /Menu du compte/,
    region: 'Région',
    sectors: 'Secteurs',
    status: 'Statut',
    filters: /Filtres/,
  },
} as const;

type Ids = Record<string, string | undefined>;

async function firstId(request: APIRequestContext, path: string): Promise<string | undefined> {
  const response = await request.get(path);
  if (!response.ok()) return undefined;
  const body = (await response.json()) as { items?: { id: string }[] } | { id: string }[];
  const items = Array.isArray(body) ? body : (body.items ?? []);
  return items[0]?.id;
}

/** A competition whose results are published (its results page has content), else the first one. */
async function resultsCompetition(request: APIRequestContext): Promise<string | undefined> {
  const response = await request.get('/api/v1/competitions?pageSize=100');
  if (!response.ok()) return undefined;
  const items = ((await response.json()) as { items?: { id: string; status?: string }[] }).items ?? [];
  return (items.find((c) => c.status === 'resultsPublished') ?? items[0])?.id;
}

async function publicIds(request: APIRequestContext): Promise<Ids> {
  return {
    cooperative: await firstId(request, '/api/v1/cooperatives?pageSize=1'),
    network: await firstId(request, '/api/v1/networks?pageSize=1'),
    organisation: await firstId(request, '/api/v1/organisations?pageSize=1'),
    program: await firstId(request, '/api/v1/programs?pageSize=1'),
    call: await firstId(request, '/api/v1/calls?when=open&pageSize=1'),
    idea: await firstId(request, '/api/v1/ideas?pageSize=1'),
    competition: await resultsCompetition(request),
    event: await firstId(request, '/api/v1/events?pageSize=1'),
  };
}

function anonymousRoutes(ids: Ids): string[] {
  const routes = [
    '/',
    '/cooperatives',
    '/cooperatives?region=MA-09',
    '/networks',
    '/organisations',
    '/programs',
    '/calls',
    '/calls?when=closed',
    '/ideas',
    '/competitions',
    '/events',
    '/events?view=calendar',
    '/registrations',
    '/dashboard',
    '/sign-in',
    '/claim',
    '/sign-up',
    '/forgot-password',
    '/no-such-page',
  ];
  if (ids.cooperative) routes.push(`/cooperatives/${ids.cooperative}`);
  if (ids.network) routes.push(`/networks/${ids.network}`);
  if (ids.organisation) routes.push(`/organisations/${ids.organisation}`);
  if (ids.program) routes.push(`/programs/${ids.program}`);
  if (ids.call) routes.push(`/calls/${ids.call}`);
  if (ids.idea) routes.push(`/ideas/${ids.idea}`);
  if (ids.competition) routes.push(`/competitions/${ids.competition}`, `/competitions/${ids.competition}/results`);
  if (ids.event) routes.push(`/events/${ids.event}`);
  return routes;
}

function adminRoutes(ids: Ids): string[] {
  // Signed in, the pages that only differ for a visitor (the home redirect, a filter, the account forms) are left out.
  const anonymousOnly = ['/', '/cooperatives?region=MA-09', '/sign-in', '/sign-up', '/forgot-password'];
  const routes = [
    ...anonymousRoutes(ids).filter((r) => !anonymousOnly.includes(r)),
    '/cooperatives/new',
    '/cooperatives/import',
    '/networks/new',
    '/organisations/new',
    '/programs/new',
    '/calls/new',
    '/reviews',
    '/ideas/new',
    '/ideas/curation',
    '/competitions/new',
    '/events/new',
    '/my-registrations',
    '/account',
    '/notifications',
    '/admin/users',
    '/admin/users/new',
    '/admin/api-keys',
    '/admin/audit',
    '/admin/webhooks',
    '/admin/notifications',
    '/admin/announcements',
    '/admin/claims',
  ];
  if (ids.cooperative) routes.push(`/cooperatives/${ids.cooperative}/edit`);
  if (ids.network) routes.push(`/networks/${ids.network}/edit`);
  if (ids.organisation) routes.push(`/organisations/${ids.organisation}/edit`);
  if (ids.program) routes.push(`/programs/${ids.program}/edit`);
  if (ids.call) routes.push(`/calls/${ids.call}/edit`, `/calls/${ids.call}/board`, `/calls/${ids.call}/apply`);
  if (ids.idea) routes.push(`/ideas/${ids.idea}/edit`);
  if (ids.competition) routes.push(`/competitions/${ids.competition}/edit`, `/competitions/${ids.competition}/jury`);
  if (ids.event) routes.push(`/events/${ids.event}/edit`, `/events/${ids.event}/manage`);
  if (ids.application) routes.push(`/applications/${ids.application}`, `/applications/${ids.application}/review`);
  if (ids.user) routes.push(`/admin/users/${ids.user}`);
  return routes;
}

function slug(path: string): string {
  return path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
}

/** Opens a page and waits until it has settled (data loaded, lazy chunks in). */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
}

/**
 * Moves to a route inside the app, as its links do (history.pushState, which React Router follows on popstate), and
 * waits the same way. The administrator's walk goes this way: a full load per route re-ran the whole app each time
 * (parsing its code, the session and reference data), two thirds of the walk's time on CI's 2 cores; a full load of
 * every public route, where a visitor arrives from a search engine, is the anonymous walk's.
 */
async function follow(page: Page, path: string, open: Set<Request>) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
  await settled(page, open);
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
}

/** Fails when the page is wider than the screen, naming the elements that stick out. */
async function expectNoSidewaysScroll(page: Page, path: string) {
  const result = await page.evaluate(() => {
    const width = window.innerWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip') return true;
      }
      return false;
    };
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
      if (clipped(el)) continue;
      const name = `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')}`;
      culprits.push(`${name} [${Math.round(r.left)}..${Math.round(r.right)}] "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      if (culprits.length >= 6) break;
    }
    // The header is fixed: what sticks out of it is cut off rather than scrolled to.
    const header = document.querySelector('header');
    const headerOut = header
      ? Array.from(header.querySelectorAll('*'))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > width + 1 || r.left < -1);
          })
          .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`)
      : [];
    const cutBadges = Array.from(document.querySelectorAll('.mantine-Badge-label'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => (el.textContent ?? '').trim());
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits, headerOut, cutBadges };
  });
  expect.soft(result.scrollWidth, `${path} scrolls sideways:\n${result.culprits.join('\n')}`).toBeLessThanOrEqual(result.innerWidth);
  expect.soft(result.headerOut, `${path}: the header does not fit`).toEqual([]);
  expect.soft(result.cutBadges, `${path}: badges cut off`).toEqual([]);
}

/** The brand in the header stays on one line. */
async function expectBrandOnOneLine(page: Page) {
  const brand = page.locator('header h2');
  const lines = await brand.evaluate((el) => {
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.3;
    return el.getBoundingClientRect().height / lineHeight;
  });
  expect(lines, 'the brand wraps').toBeLessThan(1.5);
  // The closed language switch shows its short mark (ع, FR, EN) only: the select's own text, drawn under it, is
  // transparent (it once showed through as "الع").
  const text = await page.getByTestId('language-switch').evaluate((el) => getComputedStyle(el).color);
  expect(text, 'the language switch shows its full name under the short mark').toBe('rgba(0, 0, 0, 0)');
}

async function shot(page: Page, language: Language, name: string, fullPage = false) {
  await picture(page, `test-results/phone/${language}-${name}.png`, fullPage);
}

async function signIn(page: Page, language: Language) {
  await page.goto('/sign-in');
  await page.getByLabel(TEXT[language].email).fill(ADMIN.email);
  // Exact: the password field's show/hide button is labelled with the same words.
  await page.getByRole('textbox', { name: TEXT[language].password, exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: TEXT[language].signIn }).click();
  await expect(page.getByRole('button', { name: TEXT[language].menu })).toBeVisible();
}

const SCREENSHOTS = new Set(['/cooperatives', '/events', '/events?view=calendar', '/calls', '/ideas', '/competitions', '/programs']);

for (const phone of PHONES) {
  const { language } = phone;
  test.describe(`phone ${phone.width}×${phone.height} ${phone.locale}`, () => {
    test.use({
      viewport: { width: phone.width, height: phone.height },
      isMobile: true,
      hasTouch: true,
      locale: phone.locale,
    });

    test.beforeEach(async ({ page }) => {
      await page.addInitScript((lang) => window.localStorage.setItem('coophub.language', lang), language);
    });

    test(`${language}: the directory shows cards, its filters sit in a drawer with their count, results start on the first screen`, async ({
      page,
    }) => {
      await visit(page, '/cooperatives');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectBrandOnOneLine(page);
      await expectNoSidewaysScroll(page, '/cooperatives');
      const card = page.getByTestId('cooperative-row').first();
      await expect(card).toBeVisible();
      await expect(page.getByTestId('cooperative-list')).toHaveAttribute('data-view', 'cards');
      await expect(card.getByRole('link').first()).toBeVisible();
      for (const label of [TEXT[language].region, TEXT[language].sectors, TEXT[language].status]) {
        await expect(card.getByText(label, { exact: true })).toBeVisible();
      }
      await expect(card.locator('.mantine-Badge-root').last()).toBeVisible();
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
      expect(box.y, 'the first result starts within the first screen').toBeLessThan(phone.height);
      // No filter set: the button carries no count.
      await expect(page.getByTestId('filters-count')).toHaveCount(0);
      await shot(page, language, 'directory');

      await visit(page, '/cooperatives?region=MA-09&status=active&womenLed=true');
      await expect(page.getByTestId('filters-count')).toHaveText('3');
      const button = page.getByTestId('filters-button');
      await expect(button).toHaveAccessibleName(new RegExp(`${TEXT[language].filters.source}.*3`));
      await button.click();
      const drawer = page.getByRole('dialog');
      await expect(drawer).toBeVisible();
      await page.waitForTimeout(500); // the drawer's slide-in transition, for the screenshot
      await expect(drawer.getByRole('combobox', { name: TEXT[language].region })).toBeVisible();
      await expectNoSidewaysScroll(page, '/cooperatives (filters drawer)');
      await shot(page, language, 'directory-filters');
    });

    // One visit per page for three checks (CI's time budget): it fits the phone, axe finds no serious or critical
    // violation, and the console stays clean (no error, warning, failed request or answer >= 400).
    test(`${language}: every page an anonymous visitor can reach fits the phone, passes axe and logs nothing`, async ({ page }) => {
      test.setTimeout(540_000);
      const ids = await publicIds(page.request);
      const problems = watchConsole(page);
      const open = requestsInFlight(page);
      const findings: Finding[] = [];
      for (const path of anonymousRoutes(ids)) {
        await visit(page, path);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoSidewaysScroll(page, path);
        findings.push(...(await axeFindings(page, path)));
        if (SCREENSHOTS.has(path)) await shot(page, language, `anon-${slug(path)}`);
        // Leave only once what the page asked for has come: on a busy machine the network can be quiet for half a
        // second while React renders, and a read that starts after that would be cut off by the next visit (a
        // "failed request" the visitor never causes).
        await settled(page, open);
      }
      if (ids.cooperative) {
        await visit(page, `/cooperatives/${ids.cooperative}`);
        await shot(page, language, 'anon-cooperative', true);
      }
      expect.soft(findings, JSON.stringify(findings, null, 2)).toEqual([]);
      expect(problems).toEqual([]);
    });

    // Signed in as the administrator, one visit per page: it fits the phone, and axe finds no serious or critical
    // violation. Arabic, the first language, walks every screen; French the screens only staff reach.
    test(`${language}: every page the administrator can reach fits the phone and passes axe`, async ({ page }) => {
      test.setTimeout(900_000);
      await signIn(page, language);
      await expectBrandOnOneLine(page);
      await shot(page, language, 'admin-header');
      const ids: Ids = {
        ...(await publicIds(page.request)),
        application: await firstId(page.request, '/api/v1/applications?pageSize=1'),
        user: await firstId(page.request, '/api/v1/users?pageSize=1'),
      };
      // French walks the screens only staff reach: its public ones were walked anonymously above (CI's time budget).
      const routes = language === 'ar' ? adminRoutes(ids) : adminRoutes(ids).filter((r) => !anonymousRoutes(ids).includes(r));
      const findings: Finding[] = [];
      const open = requestsInFlight(page);
      for (const path of routes) {
        await follow(page, path, open);
        await expectNoSidewaysScroll(page, path);
        findings.push(...(await axeFindings(page, path)));
        if (path === '/my-registrations' || path === '/admin/users' || (ids.competition && path.endsWith('/results'))) {
          await shot(page, language, `admin-${slug(path).slice(0, 40)}`);
        }
      }
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    });
  });
}

test.describe('desktop', () => {
  test('fr: status badges and the ideathon prize are never cut off', async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'fr'));
    for (const path of ['/cooperatives?status=dormant', '/cooperatives?status=inLiquidation', '/competitions']) {
      await visit(page, path);
      await expectNoSidewaysScroll(page, path);
    }
    const competition = await firstId(page.request, '/api/v1/competitions?pageSize=1');
    if (competition) {
      await visit(page, `/competitions/${competition}/results`);
      await expectNoSidewaysScroll(page, 'results');
      await picture(page, 'test-results/phone/fr-desktop-results.png');
    }
    await visit(page, '/cooperatives?status=dormant');
    await picture(page, 'test-results/phone/fr-desktop-dormant.png');
  });
});
