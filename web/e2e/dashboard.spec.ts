import { expect, test } from '@playwright/test';
import { expectRtl, open, screenshot } from './helpers';

test('dashboard renders the totals, charts and the map of the 12 regions; a region opens the filtered directory', async ({
  page,
}) => {
  await open(page, '/dashboard');
  await expectRtl(page);
  const map = page.getByTestId('region-map');
  await expect(map).toBeVisible();
  await expect(map.locator('path[data-region]')).toHaveCount(12);
  await expect(page.getByText('بيانات الخريطة: amCharts')).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await screenshot(page, 'dashboard-ar');
  await map.locator('path[data-region="MA-02"]').click();
  await expect(page).toHaveURL(/\/cooperatives\?region=MA-02/);
  await expect(page.locator('tbody tr').first()).toBeVisible();
});

test('dashboard in French', async ({ page }) => {
  await open(page, '/dashboard', 'fr');
  await expect(page.getByTestId('region-map').locator('path[data-region]')).toHaveCount(12);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await screenshot(page, 'dashboard-fr');
});
