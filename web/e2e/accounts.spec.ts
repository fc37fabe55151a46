import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot } from './helpers';
import { mailsTo } from './mail';

/**
 * Issue 19 in Arabic, on a phone-sized page: a person creates her own account, confirms it with the link that arrives
 * by e-mail, signs in; later she forgets her password, asks for a reset, follows the new e-mail's link, chooses a new
 * password and signs in with it. The e-mails are the ones the API really wrote to its pickup directory (E2E_MAIL_DIR,
 * set by build/test.sh).
 */

const mailDir = process.env.E2E_MAIL_DIR ?? '';
const FIRST_PASSWORD = 'Imilchil-Tapis-2026-ok';
const NEW_PASSWORD = 'Ouarzazate-Roses-2027-ok';

/** Waits for the newest e-mail to this address whose body links to the path, and returns that link. */
async function linkFromMail(to: string, path: string): Promise<string> {
  const pattern = new RegExp(`${path}\\?token=[A-Za-z0-9_%-]+`);
  let found = '';
  await expect
    .poll(
      () => {
        for (const text of mailsTo(to)) {
          const match = pattern.exec(text);
          if (match) {
            found = match[0];
            return found;
          }
        }
        return '';
      },
      { timeout: 30_000, message: `an e-mail to ${to} with a link to ${path}` },
    )
    .not.toBe('');
  return found.slice(found.indexOf(path));
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
}

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'ar-MA' });

test('Arabic: sign up, confirm by the e-mailed link, sign in; forget the password, reset it by the e-mailed link, sign in with the new one', async ({ page }) => {
  test.skip(!mailDir, 'E2E_MAIL_DIR is not set: the e-mails cannot be read (build/test.sh sets it)');
  const email = `khadija.${Date.now()}@coophub.test`;

  await open(page, '/sign-in');
  await page.getByRole('link', { name: 'إنشاء حساب' }).click();
  await expect(page.getByRole('heading', { name: 'إنشاء حساب' })).toBeVisible();
  await expectRtl(page);
  await page.getByLabel('الاسم').fill('خديجة العمراني');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(FIRST_PASSWORD);
  await page.getByRole('button', { name: 'إنشاء حسابي' }).click();
  await expect(page.getByRole('status')).toContainText('24 ساعة');
  await screenshot(page, 'sign-up-sent-ar');

  // Not before the address is confirmed: the sign-in says what to do.
  await signIn(page, email, FIRST_PASSWORD);
  await expect(page.getByRole('alert')).toContainText('أكدوا عنوانكم أولا');

  await page.goto(await linkFromMail(email, '/verify-account'));
  await page.getByRole('button', { name: 'تأكيد حسابي' }).click();
  await expect(page.getByRole('status')).toContainText('تم تأكيد عنوانكم');
  await signIn(page, email, FIRST_PASSWORD);
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();

  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'نسيت كلمة المرور؟' }).click();
  // The sign-in form has an e-mail field too: fill the new page's only once it is there.
  await expect(page.getByRole('heading', { name: 'نسيت كلمة المرور' })).toBeVisible();
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('button', { name: 'أرسلوا لي رابطا' }).click();
  await expect(page.getByRole('status')).toContainText('30 دقيقة');

  await page.goto(await linkFromMail(email, '/reset-password'));
  await page.getByRole('textbox', { name: 'كلمة المرور الجديدة', exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('تأكيد كلمة المرور الجديدة').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'حفظ كلمة المرور الجديدة' }).click();
  await expect(page.getByRole('status')).toContainText('تم حفظ كلمة المرور الجديدة');
  await screenshot(page, 'reset-password-done-ar');

  await signIn(page, email, FIRST_PASSWORD);
  await expect(page.getByRole('alert')).toBeVisible();
  await signIn(page, email, NEW_PASSWORD);
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});
