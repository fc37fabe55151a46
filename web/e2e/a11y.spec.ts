import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { open, screenshot, signInAsAdmin } from './helpers';
import { axeFindings, type Finding } from './sweeps';

type Language = 'ar' | 'fr';
type Ids = Record<'cooperative' | 'network' | 'organisation' | 'program' | 'call' | 'idea' | 'competition' | 'event', string> & {
  application?: string;
  user?: string;
};

async function firstId(request: APIRequestContext, path: string): Promise<string | undefined> {
  const response = await request.get(`/api/v1/${path}${path.includes('?') ? '&' : '?'}pageSize=1`);
  if (!response.ok()) return undefined;
  const body = (await response.json()) as { items?: { id: string }[] };
  return body.items?.[0]?.id;
}

async function demoIds(request: APIRequestContext): Promise<Ids> {
  const get = async (path: string) => {
    const id = await firstId(request, path);
    expect(id, `a demo record at /api/v1/${path}`).toBeTruthy();
    return id!;
  };
  return {
    cooperative: await get('cooperatives'),
    network: await get('networks'),
    organisation: await get('organisations'),
    program: await get('programs'),
    call: await get('calls'),
    idea: await get('ideas'),
    competition: await get('competitions'),
    event: await get('events'),
    application: await firstId(request, 'applications'),
    user: await firstId(request, 'users'),
  };
}

/** The screens whose desktop layout is a table or a board (on a phone they are cards). */
function desktopRoutes(ids: Ids): string[] {
  return [
    '/cooperatives',
    '/dashboard',
    `/calls/${ids.call}/board`,
    ...(ids.application ? [`/applications/${ids.application}`] : []),
    '/reviews',
    `/competitions/${ids.competition}/results`,
    `/events/${ids.event}/manage`,
    '/my-registrations',
    '/admin/users',
    '/admin/api-keys',
    '/admin/audit',
    '/admin/webhooks',
    '/admin/notifications',
    '/admin/claims',
  ];
}

/** Waits for the screen to settle: its chunk, its data, no loader left. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#main h1, #main [role="alert"]').first()).toBeVisible();
  await expect(page.locator('#main .mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
}

async function audit(page: Page, routes: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const route of routes) {
    await page.goto(route);
    await settle(page);
    findings.push(...(await axeFindings(page, route)));
  }
  return findings;
}

// Every screen is audited on a phone by phone.spec.ts's walks (anonymous in ar and fr, signed in as the administrator:
// every screen in ar, the staff-only ones in fr), one visit per page for several checks. On a desktop the layouts
// that differ are the tables and boards a delegation officer works in: audited here, signed in, in both languages.
for (const language of ['ar', 'fr'] as const satisfies readonly Language[]) {
  test(`axe: no serious or critical violation on the desktop tables and boards staff use (${language})`, async ({ page }) => {
    test.setTimeout(300_000);
    await open(page, '/cooperatives', 'ar');
    await signInAsAdmin(page);
    await open(page, '/cooperatives', language);
    const ids = await demoIds(page.request);
    const findings = await audit(page, desktopRoutes(ids));
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  });
}

test.describe('touch targets on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Every visible control that is not an inline text link, with its size. */
  async function smallControls(page: Page) {
    return page.evaluate(() => {
      const selector = [
        'button',
        'input:not([type="hidden"])',
        'select',
        'textarea',
        '[role="button"]',
        '[role="combobox"]',
        '[role="checkbox"]',
        '[role="radio"]',
        '[role="tab"]',
        'a.mantine-Button-root',
        'a.mantine-NavLink-root',
        'nav a',
      ].join(',');
      const small: { what: string; width: number; height: number }[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        const style = getComputedStyle(el);
        // A password field's or a multi-select's <input> sits inside the bordered box the person touches.
        const box = (el.closest('.mantine-Input-input') ?? el).getBoundingClientRect();
        // Hidden, or visually hidden (Mantine's SegmentedControl and Switch inputs are 0×0 or transparent).
        if (style.visibility === 'hidden' || style.display === 'none' || box.width < 2 || box.height < 2) continue;
        if (style.opacity === '0' || el.closest('[aria-hidden="true"]')) continue;
        if (box.width < 43.5 || box.height < 43.5) {
          const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
          small.push({
            what: `${el.tagName.toLowerCase()}.${el.className.toString().split(' ').filter((c) => c.startsWith('mantine-')).join('.')} "${name}"`,
            width: Math.round(box.width),
            height: Math.round(box.height),
          });
        }
      }
      return small;
    });
  }

  test('every control on the directory, a sign-in form and a registration form is at least 44×44 px (ar)', async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, '/cooperatives', 'ar');
    await settle(page);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch screen').toBe(true);
    await page.getByRole('button', { name: /القائمة|قائمة/ }).first().isVisible();
    await screenshot(page, 'touch-directory-ar-390');
    expect(await smallControls(page)).toEqual([]);

    await page.goto('/sign-in');
    await settle(page);
    expect(await smallControls(page)).toEqual([]);

    await signInAsAdmin(page);
    await page.goto('/cooperatives/new');
    await settle(page);
    await screenshot(page, 'touch-register-ar-390');
    expect(await smallControls(page)).toEqual([]);
  });
});

test('the dashboard bar chart is mirrored in Arabic: group names on the right, bars growing leftwards', async ({ page }) => {
  const layout = async () => {
    const chart = page.getByTestId('statistics-chart').first();
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
    return chart.evaluate((el) => {
      const axis = el.querySelector('.recharts-yAxis')!.getBoundingClientRect();
      const bars = Array.from(el.querySelectorAll('.recharts-bar-rectangle')).map((b) => b.getBoundingClientRect());
      return { axisX: axis.x + axis.width / 2, barsX: bars.reduce((s, b) => s + b.x + b.width / 2, 0) / bars.length };
    });
  };
  await open(page, '/dashboard', 'ar');
  const ar = await layout();
  expect(ar.axisX, 'names right of the bars in Arabic').toBeGreaterThan(ar.barsX);

  await open(page, '/dashboard', 'fr');
  const fr = await layout();
  expect(fr.axisX, 'names left of the bars in French').toBeLessThan(fr.barsX);
});
