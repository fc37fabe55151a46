import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, pickOption, screenshot, signInAsAdmin } from './helpers';

/**
 * Issue 18, item 3 in Arabic: the administrator writes to the cooperatives of a segment (region, province, sector),
 * previews the audience per channel, confirms, follows the progress to the end; the message is then in the inbox of
 * the manager of a cooperative of the segment, in Arabic. The cooperative and its manager are created through the API.
 */

const PASSWORD = 'Figuig-Palmeraie-2026-ok';

async function antiforgery(page: Page) {
  const response = await page.request.get('/api/v1/auth/antiforgery');
  expect(response.ok()).toBeTruthy();
  const { headerName, token } = (await response.json()) as { headerName: string; token: string };
  return { [headerName]: token };
}

async function post(page: Page, path: string, data?: unknown) {
  const response = await page.request.post(path, { headers: await antiforgery(page), data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/** A heritage cooperative of Figuig (Oriental) with an Arabic-speaking manager. */
async function cooperativeWithManager(page: Page, stamp: string, email: string) {
  const coop = await post(page, '/api/v1/cooperatives', {
    registrationNumber: `SEG-E2E-${stamp}`,
    nameAr: `تعاونية واحة فجيج ${stamp}`,
    nameFr: `Coopérative Oasis de Figuig ${stamp}`,
    legalForm: 'cooperative',
    sectors: ['heritage'],
    activities: 'Valorisation du patrimoine des ksour',
    products: ['زيارات'],
    regionCode: 'MA-02',
    provinceCode: 'MA-FIG',
    commune: 'Figuig',
    address: 'Ksar Zenaga, Figuig',
    foundedOn: '2018-05-02',
    members: { total: 12, women: 9, youth: 4 },
    womenLed: true,
    board: { size: 3, managerRole: 'رئيسة' },
  });
  await post(page, '/api/v1/users', {
    email,
    displayName: `مسيرة الواحة ${stamp}`,
    language: 'ar',
    password: PASSWORD,
    roles: ['coop-manager'],
    cooperatives: [String(coop.id)],
  });
}

test('Arabic: staff preview a segment per channel, confirm, see the sending complete, and the manager reads the message in her inbox', async ({ page, browser }) => {
  const stamp = `${Date.now()}`.slice(-7);
  const email = `wahat.${stamp}@coophub.test`;
  const subject = `لقاء تواصلي حول التراث ${stamp}`;
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  await cooperativeWithManager(page, stamp, email);

  await page.getByRole('link', { name: 'مراسلة التعاونيات' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مراسلة فئة من التعاونيات');
  await expectRtl(page);

  await pickOption(page, 'الجهة', 'الشرق');
  await pickOption(page, 'الإقليم', 'فجيج');
  await pickOption(page, 'القطاع', 'التراث والثقافة');
  await page.getByRole('button', { name: 'معاينة الجمهور' }).click();
  await expect(page.getByTestId('preview-counts')).toBeVisible();
  const inapp = Number(await page.getByTestId('preview-inapp').innerText());
  const total = Number(await page.getByTestId('preview-total').innerText());
  expect(inapp, 'the new manager has an inbox').toBeGreaterThanOrEqual(1);
  expect(total).toBeGreaterThanOrEqual(2);

  await page.getByTestId('subject-ar').fill(subject);
  await page.getByTestId('body-ar').fill('تدعوكم المندوبية إلى لقاء تواصلي حول تثمين تراث القصور يوم الخميس.');
  await page.getByRole('button', { name: 'مراجعة ثم إرسال' }).click();
  await expect(page.getByTestId('confirmation')).toContainText(`ستُرسل ${total} رسالة`);
  await screenshot(page, 'segment-message-confirm-ar');
  await page.getByRole('button', { name: 'إرسال الآن' }).click();

  await expect(page.getByTestId('sending-progress')).toBeVisible();
  await expect(page.getByTestId('sending-status')).toHaveText('اكتمل', { timeout: 60_000 });
  await expect(page.getByTestId('progress-text')).toContainText(`أُرسلت ${total} من ${total}`);
  const row = page.getByTestId('segment-message').filter({ hasText: subject });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('اكتمل', { timeout: 15_000 }); // the list follows the progress too
  await screenshot(page, 'segment-message-done-ar');

  // The manager signs in and finds the message in her inbox, in Arabic.
  const context = await browser.newContext();
  const manager = await context.newPage();
  await open(manager, '/sign-in');
  await manager.getByLabel('البريد الإلكتروني').fill(email);
  await manager.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(PASSWORD);
  await manager.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(manager.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();
  await manager.goto('/notifications');
  await expect(manager.getByText(subject)).toBeVisible();
  await expect(manager.getByText('تدعوكم المندوبية إلى لقاء تواصلي')).toBeVisible();
  await context.close();
});

test('Arabic: the page fits a 360 px phone, past messages as cards', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  await page.goto('/admin/announcements');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مراسلة فئة من التعاونيات');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal scroll at 360 px').toBeLessThanOrEqual(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  const card = page.getByTestId('segment-message').first();
  await expect(card).toBeVisible(); // the first test's message
  expect(await card.evaluate((el) => el.tagName)).toBe('LI');
  await screenshot(page, 'segment-message-phone-ar');
});
