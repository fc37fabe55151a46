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
