import { expect, type Page } from '@playwright/test';

export const ADMIN = { email: 'admin@coophub.local', password: 'CoopHub-dev-admin-2026' };

/** Opens a page with the UI language fixed (remembered choice), waiting for the app to render. */
export async function open(page: Page, path: string, language: 'ar' | 'fr' | 'en' = 'ar') {
  await page.addInitScript((lang) => window.localStorage.setItem('coophub.language', lang), language);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

export async function expectRtl(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}

export async function signInAsAdmin(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(ADMIN.email);
  // Exact: the password field's show/hide button is labelled with the same words.
  await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();
}

/**
 * Saves a full-page picture under test-results/screenshots for a person to look at; it asserts nothing. CI sets
 * E2E_SCREENSHOTS=off: the ~90 pictures cost a minute and a half of a 2-core machine's time and nobody reads them there.
 */
export async function screenshot(page: Page, name: string) {
  await picture(page, `test-results/screenshots/${name}.png`, true);
}

/** The same, at any path, of the viewport or the whole page. */
export async function picture(page: Page, path: string, fullPage = false) {
  if (process.env.E2E_SCREENSHOTS === 'off') return;
  await page.screenshot({ path, fullPage });
}

/**
 * Picks an option of a Mantine select. The dropdown re-renders while it opens (transition, data arriving), which can
 * detach the option under the pointer; open it and click again until the choice sticks.
 */
export async function pickOption(page: Page, combobox: string, option: string) {
  const box = page.getByRole('combobox', { name: combobox });
  await expect(async () => {
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 3_000 });
    await expect(box).toHaveValue(option, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}
