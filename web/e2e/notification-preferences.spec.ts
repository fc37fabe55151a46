import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

/**
 * Issue 18, consent (law 09-08), in Arabic: a manager turns e-mail off for events and finds it saved after a reload,
 * with its source; the public unsubscribe page needs no sign-in, does nothing until confirmed, and answers in Arabic.
 * The page's success path needs a token only an e-mail carries (the e2e server writes them to a temporary pickup
 * directory the spec cannot see): it is covered by the API's tests (the real one-click POST) and by vitest.
 */

const PASSWORD = 'Tafraout-Amandes-2026-ok';

async function antiforgery(page: Page) {
  const response = await page.request.get('/api/v1/auth/antiforgery');
  expect(response.ok()).toBeTruthy();
  const { headerName, token } = (await response.json()) as { headerName: string; token: string };
  return { [headerName]: token };
}

test('Arabic: a manager turns e-mail off for events and sees it saved after reload', async ({ page }) => {
  const stamp = `${Date.now()}`.slice(-7);
  const email = `prefs.${stamp}@coophub.test`;
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  const list = (await (await page.request.get('/api/v1/cooperatives?pageSize=1')).json()) as { items: { id: string }[] };
  const created = await page.request.post('/api/v1/users', {
    headers: await antiforgery(page),
    data: { email, displayName: `مسيرة ${stamp}`, language: 'ar', password: PASSWORD, roles: ['coop-manager'], cooperatives: [list.items[0]!.id] },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();

  await page.goto('/account');
  await page.getByRole('link', { name: 'اختيارات الإشعارات' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'اختيارات الإشعارات' })).toBeVisible();
  await expectRtl(page);
  const events = page.getByTestId('topic-events');
  const emailSwitch = events.getByRole('switch', { name: 'البريد الإلكتروني' });
  await expect(emailSwitch).toBeChecked();
  await expect(page.getByTestId('preference-row-events/inapp')).toContainText('مفعّل دائمًا');
  await expect(events.getByRole('switch', { name: /داخل التطبيق/ })).toHaveCount(0);
  // The whole row is the target: at least 44 px high on a phone.
  const row = await page.getByTestId('preference-row-events/email').boundingBox();
  expect(row?.height ?? 0).toBeGreaterThanOrEqual(44);

  await emailSwitch.focus();
  await page.keyboard.press('Space');
  await expect(emailSwitch).not.toBeChecked();
  await page.getByRole('button', { name: 'حفظ اختياراتي' }).click();
  await expect(page.getByRole('status')).toContainText('تم حفظ اختياراتكم');
  await screenshot(page, 'notification-preferences-ar');

  await page.reload();
  const afterReload = page.getByTestId('topic-events');
  await expect(afterReload.getByRole('switch', { name: /^البريد الإلكتروني/ })).not.toBeChecked();
  await expect(afterReload).toContainText('عبر اختياراتكم');
  await expect(page.getByTestId('topic-calls').getByRole('switch', { name: /^البريد الإلكتروني/ })).toBeChecked();
});

test('Arabic: the unsubscribe page works without sign-in, changes nothing until confirmed, and refuses a forged link in Arabic', async ({ page }) => {
  let posts = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/api/v1/notifications/unsubscribe')) posts++;
  });
  await open(page, '/unsubscribe?token=a.00000000000000000000000000000000.events.email.forged');
  await expectRtl(page);
  await expect(page.getByRole('heading', { level: 1, name: 'إيقاف هذه الرسائل' })).toBeVisible();
  await expect(page.getByText('لا تحتاجون إلى تسجيل الدخول')).toBeVisible();
  expect(posts).toBe(0);

  await page.getByRole('button', { name: 'أوقفوا هذه الرسائل' }).click();
  await expect(page.getByRole('alert')).toContainText('رابط إلغاء الاشتراك هذا غير صالح');
  expect(posts).toBe(1);
  await screenshot(page, 'unsubscribe-forged-ar');
});
