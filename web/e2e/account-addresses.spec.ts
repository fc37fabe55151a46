import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectRtl, screenshot } from './helpers';
import { mailsTo, smsTo } from './mail';
import { axeFindings } from './sweeps';

/**
 * Issue 19 in Arabic, on a 360 px phone: a person whose account has an e-mail adds her mobile number from the account
 * page, types the 6-digit code from the SMS the API really wrote (its SMS pickup directory, beside E2E_MAIL_DIR), and
 * sees the number on her account, confirmed; she then signs in with it.
 */

const mailDir = process.env.E2E_MAIL_DIR ?? '';
const PASSWORD = 'Tafraout-Amandiers-2026-ok';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'ar-MA' });

/** Polls the messages until one carries a 6-digit code the pattern finds, and returns it. */
async function codeFrom(read: () => string[], pattern: RegExp, what: string): Promise<string> {
  let found = '';
  await expect
    .poll(
      () => {
        for (const text of read()) {
          const match = pattern.exec(text);
          if (match) return (found = match[1]!);
        }
        return '';
      },
      { timeout: 30_000, message: what },
    )
    .not.toBe('');
  return found;
}

/** Signs up through the API and confirms the address with the code from the e-mail: an account with an e-mail and no number. */
async function signUp(request: APIRequestContext, email: string) {
  const signedUp = await request.post('/api/v1/auth/sign-up', { data: { email, displayName: 'إيطو أمزيان', password: PASSWORD, language: 'ar' } });
  expect(signedUp.status()).toBe(202);
  const code = await codeFrom(() => mailsTo(email), /:\s([0-9]{6})(?![0-9])/, `an e-mail to ${email} with a code`);
  const verified = await request.post('/api/v1/auth/verify', { data: { email, code } });
  expect(verified.status(), await verified.text()).toBe(204);
}

test('Arabic, 360 px: add a mobile number to the account and confirm it with the code from the SMS', async ({ page, playwright, baseURL }) => {
  test.skip(!mailDir, 'E2E_MAIL_DIR is not set: the e-mail and the SMS cannot be read (build/test.sh sets it)');
  const stamp = Date.now();
  const email = `itto.${stamp}@coophub.test`;
  const local = `066${String(stamp).slice(-7)}`;
  const e164 = `+212${local.slice(1)}`;
  await signUp(await playwright.request.newContext({ baseURL }), email);

  await page.addInitScript(() => window.localStorage.setItem('coophub.language', 'ar'));
  await page.goto('/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();
  await page.goto('/account');
  await expectRtl(page);

  const addresses = page.getByTestId('account-addresses');
  await expect(addresses).toContainText(email);
  await expect(addresses).toContainText('لا شيء بعد');
  const add = page.getByRole('button', { name: 'إضافة رقم هاتف محمول' });
  expect((await add.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await add.click();
  await page.getByLabel('رقم الهاتف المحمول المراد إضافته').fill(local);
  await page.getByRole('button', { name: 'أرسلوا لي رمزا' }).click();
  await expect(page.getByRole('status')).toContainText(e164);

  const code = await codeFrom(() => smsTo(e164), /\/account\?code=([0-9]{6})/, `an SMS to ${e164} with a code`);
  await page.getByLabel('الرمز (6 أرقام)').fill(code);
  const confirm = page.getByRole('button', { name: 'إضافة هذا العنوان' });
  expect((await confirm.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await confirm.click();

  await expect(page.getByRole('status')).toContainText('تمت الإضافة');
  await expect(addresses).toContainText(e164);
  await expect(addresses.getByText('مؤكَّد', { exact: true })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'حذف: رقم الهاتف المحمول' })).toBeVisible();
  await screenshot(page, 'account-address-added-ar');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const button of await addresses.getByRole('button').all()) {
    expect((await button.boundingBox())!.height, await button.innerText()).toBeGreaterThanOrEqual(44);
  }
  expect(await axeFindings(page, '/account')).toEqual([]);

  const byNumber = await (await playwright.request.newContext({ baseURL })).post('/api/v1/auth/sign-in', { data: { phone: local, password: PASSWORD } });
  expect(byNumber.status(), 'she signs in with the number too').toBe(200);
});
