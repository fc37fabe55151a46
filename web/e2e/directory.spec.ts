import { expect, test } from '@playwright/test';
import { expectRtl, open, screenshot } from './helpers';

test('Arabic search without hamza finds cooperatives named with الأركان, and a region filter narrows it', async ({ page }) => {
  await open(page, '/cooperatives');
  await expectRtl(page);
  await page.getByRole('searchbox', { name: 'بحث' }).fill('الاركان');
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  await expect(page).toHaveURL(/q=%D8%A7%D9%84%D8%A7%D8%B1%D9%83%D8%A7%D9%86/);
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toContainText('الأركان');
  const allCount = await page.getByTestId('result-count').innerText();

  await page.getByRole('combobox', { name: 'الجهة' }).click();
  await page.getByRole('option', { name: 'سوس ماسة' }).click();
  await expect(page).toHaveURL(/region=MA-09/);
  await expect(rows.first()).toContainText('الأركان');
  await expect(page.getByTestId('result-count')).not.toHaveText(allCount);
  await screenshot(page, 'directory-ar');

  // The search also finds cooperatives by their sectors' names (ADR 0021): open one named with the word.
  await rows.getByRole('link', { name: /الأركان/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('الأركان');
  await expect(page.getByText('تاريخ الوضعية')).toBeVisible();
  await expectRtl(page);
  await screenshot(page, 'detail-ar');
});

test('French directory renders left to right', async ({ page }) => {
  await open(page, '/cooperatives', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'Annuaire des coopératives' })).toBeVisible();
  await expect(page.getByTestId('result-count')).toContainText('coopératives');
  await screenshot(page, 'directory-fr');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ar-MA' });

  test('Arabic: back from a cooperative, the directory is where she left it, not at the top', async ({ page }) => {
    await open(page, '/cooperatives');
    const cards = page.getByTestId('cooperative-row');
    await expect(cards).toHaveCount(20);
    const card = cards.nth(12);
    await card.scrollIntoViewIfNeeded();
    const left = await page.evaluate(() => window.scrollY);
    expect(left).toBeGreaterThan(1000);
    const name = await card.getByRole('link').first().innerText();
    const href = (await card.getByRole('link').first().getAttribute('href'))!;
    await card.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

    await page.goBack();
    await expect(cards).toHaveCount(20);
    // The rows are there when the page mounts (the first list of a visit is the only one rendered after its count,
    // ADR 0036), so the browser puts the reader back in the list.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(left / 2);
    await expect(page.locator(`a[href="${href}"]`)).toBeInViewport();
  });
});
