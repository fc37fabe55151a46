import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, expectRtl, screenshot } from './helpers';
import { mailsTo } from './mail';

/**
 * Issue 19 item 2 in Arabic, on a phone-sized page: a person who signed up claims a demo cooperative whose registry
 * record has an e-mail contact, reads the code from the e-mail the API really wrote (E2E_MAIL_DIR), types it and
 * manages the cooperative at once; another claims a demo cooperative without a contact with a photo of its
 * certificate, and a staff account of its region approves the claim from the queue.
 */

const mailDir = process.env.E2E_MAIL_DIR ?? '';
const PASSWORD = 'Tinghir-Gorges-2026-ok';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'ar-MA' });

/** Waits for the newest e-mail to this address that carries a 6-digit code, and returns the code. */
async function codeFromMail(to: string, mustContain: string): Promise<string> {
  let found = '';
  await expect
    .poll(
      () => {
        for (const text of mailsTo(to)) {
          if (!text.includes(mustContain)) continue;
          const match = /:\s([0-9]{6})(?![0-9])/.exec(text);
          if (match) {
            found = match[1]!;
            return found;
          }
        }
        return '';
      },
      { timeout: 30_000, message: `an e-mail to ${to} with a code` },
    )
    .not.toBe('');
  return found;
}

async function antiforgery(request: APIRequestContext) {
  const response = await request.get('/api/v1/auth/antiforgery');
  const { headerName, token } = (await response.json()) as { headerName: string; token: string };
  return { [headerName]: token };
}

/** The administrator, through the API: gives a demo cooperative a registry e-mail, creates a staff account. */
async function asAdmin(request: APIRequestContext) {
  const signedIn = await request.post('/api/v1/auth/sign-in', { data: ADMIN });
  expect(signedIn.ok(), await signedIn.text()).toBeTruthy();
  return request;
}

type Coop = { id: string; registrationNumber: string; regionCode: string; status: string; contact?: { email?: string | null } | null };

/** Two active demo cooperatives of one region. */
async function demoCooperatives(request: APIRequestContext): Promise<[Coop, Coop]> {
  const page = (await (await request.get('/api/v1/cooperatives?pageSize=100&sort=registrationNumber')).json()) as { items: Coop[] };
  const active = page.items.filter((c) => c.status === 'active');
  const region = active[0]!.regionCode;
  const same = active.filter((c) => c.regionCode === region);
  return [same[0]!, same[1]!];
}

async function giveRegistryEmail(request: APIRequestContext, coop: Coop, email: string) {
  const current = await request.get(`/api/v1/cooperatives/${coop.id}`);
  const body = (await current.json()) as Record<string, unknown>;
  const etag = current.headers()['etag'] ?? '*';
  const updated = await request.put(`/api/v1/cooperatives/${coop.id}`, {
    headers: { ...(await antiforgery(request)), 'If-Match': etag },
    data: { ...body, contact: { ...((body.contact as object | null) ?? {}), email } },
  });
  expect(updated.ok(), await updated.text()).toBeTruthy();
}

/** Signs up through the API and confirms the address with the code from the e-mail. */
async function signUp(request: APIRequestContext, email: string) {
  const signedUp = await request.post('/api/v1/auth/sign-up', { data: { email, displayName: 'خديجة أوحمو', password: PASSWORD, language: 'ar' } });
  expect(signedUp.status()).toBe(202);
  const code = await codeFromMail(email, 'CoopHub');
  const verified = await request.post('/api/v1/auth/verify', { data: { email, code } });
  expect(verified.status(), await verified.text()).toBe(204);
}

async function signIn(page: Page, email: string, password: string) {
  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  await page.goto('/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();
}

test('Arabic: a new account claims a demo cooperative with the code e-mailed to its registry contact, and manages it at once', async ({ page, playwright, baseURL }) => {
  test.skip(!mailDir, 'E2E_MAIL_DIR is not set: the e-mails cannot be read');
  const stamp = Date.now();
  const admin = await asAdmin(await playwright.request.newContext({ baseURL }));
  const [coop] = await demoCooperatives(admin);
  const registryEmail = `bureau.${stamp}@coophub.test`;
  await giveRegistryEmail(admin, coop, registryEmail);
  const email = `claim.code.${stamp}@coophub.test`;
  await signUp(await playwright.request.newContext({ baseURL }), email);

  await signIn(page, email, PASSWORD);
  await expectRtl(page);
  await page.getByTestId('claim-prompt').getByRole('link', { name: 'المطالبة بتعاونيتي' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المطالبة بتعاونيتي');
  await page.getByLabel('رقم التسجيل').fill(coop.registrationNumber);
  await page.getByRole('button', { name: 'متابعة' }).click();

  await expect(page.getByText('•••@coophub.test')).toBeVisible();
  await screenshot(page, 'claims-code-ar');
  const code = await codeFromMail(registryEmail, 'رمز');
  await page.getByLabel('الرمز المتوصل به').fill(code);
  await page.getByRole('button', { name: 'تأكيد' }).click();

  await expect(page.getByText(/أصبحتم تسيرون/)).toBeVisible();
  await page.getByRole('link', { name: 'فتح تعاونيتي' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/cooperatives/${coop.id}$`));
  const managers = page.getByTestId('cooperative-managers');
  await expect(managers.getByText(email)).toBeVisible();
  await expect(managers.getByRole('button', { name: 'مغادرة هذه التعاونية' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal scroll on a phone').toBeLessThanOrEqual(0);
});

test('Arabic: a claim with a photo of the certificate, approved by staff of the region from the queue', async ({ page, browser, playwright, baseURL }) => {
  test.skip(!mailDir, 'E2E_MAIL_DIR is not set: the e-mails cannot be read');
  const stamp = Date.now();
  const admin = await asAdmin(await playwright.request.newContext({ baseURL }));
  const [, coop] = await demoCooperatives(admin);
  const staffEmail = `staff.claims.${stamp}@coophub.test`;
  const created = await admin.post('/api/v1/users', {
    headers: await antiforgery(admin),
    data: { email: staffEmail, displayName: 'مندوبية', password: PASSWORD, language: 'ar', roles: ['staff'], regions: [coop.regionCode] },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const email = `claim.proof.${stamp}@coophub.test`;
  await signUp(await playwright.request.newContext({ baseURL }), email);

  await signIn(page, email, PASSWORD);
  await page.goto('/claim');
  await page.getByLabel('رقم التسجيل').fill(coop.registrationNumber);
  await page.getByRole('button', { name: 'متابعة' }).click();
  await expect(page.getByTestId('claim-proof')).toBeVisible();
  // A small PNG (the server re-encodes images): a photo of the certificate taken with the phone.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  await page.getByTestId('proof-file').setInputFiles({ name: 'شهادة.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByText(/ستتحقق مصالح جهتكم/)).toBeVisible();
  await expect(page.getByTestId('my-claims').getByText('في انتظار المصالح')).toBeVisible();

  const staffContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'ar-MA' });
  const staff = await staffContext.newPage();
  await signIn(staff, staffEmail, PASSWORD);
  await staff.goto('/admin/claims');
  const card = staff.getByTestId('claim-card').filter({ hasText: email });
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: 'فتح الشهادة' })).toHaveAttribute('href', /\/api\/v1\/documents\/.+\/content/);
  await screenshot(staff, 'claims-queue-ar');
  await card.getByRole('button', { name: 'قبول' }).click();
  await expect(staff.getByTestId('claim-decided')).toContainText('قُبلت');
  await staffContext.close();

  // Her session ended with the change of rights: she signs in again and sees the approval.
  await signIn(page, email, PASSWORD);
  await page.goto('/claim');
  await expect(page.getByTestId('my-claims').getByText('مقبولة')).toBeVisible();
  await expect(page.getByTestId('claim-prompt')).toHaveCount(0);
});
