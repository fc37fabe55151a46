import { expect, test } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString().slice(-6);

test('sign in as the dev admin, register a cooperative after fixing a validation error, then change its status', async ({
  page,
}) => {
  await open(page, '/sign-in');
  await expectRtl(page);
  await screenshot(page, 'sign-in-ar');
  await signInAsAdmin(page);

  await page.getByRole('link', { name: 'تسجيل تعاونية' }).click();
  await expectRtl(page);
  await page.getByRole('textbox', { name: 'رقم التسجيل' }).fill(`E2E-${stamp}`);
  await page.getByRole('textbox', { name: 'الاسم بالعربية' }).fill(`تعاونية الاختبار ${stamp}`);
  await page.getByRole('combobox', { name: 'القطاعات' }).click();
  await page.getByRole('option', { name: 'الأركان' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'الجهة' }).click();
  await page.getByRole('option', { name: 'سوس ماسة' }).click();
  await page.getByRole('combobox', { name: 'الإقليم' }).click();
  // The first province the open list offers (the header's language switch is a native select: its options are not the list's).
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.getByRole('textbox', { name: 'الأعضاء', exact: true }).fill('10');
  await page.getByRole('textbox', { name: 'العضوات' }).fill('25');
  await page.getByRole('button', { name: 'تسجيل', exact: true }).click();

  // The server's message appears on the women members field.
  const women = page.getByRole('textbox', { name: 'العضوات' });
  await expect(women).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'register-error-ar');
  await women.fill('8');
  await page.getByRole('button', { name: 'تسجيل', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`تعاونية الاختبار ${stamp}`);
  await expect(page.getByText('نشيطة').first()).toBeVisible();

  await page.getByRole('button', { name: 'تغيير الوضعية' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'الوضعية الجديدة' }).click();
  await page.getByRole('option', { name: 'متوقفة مؤقتًا' }).click();
  await dialog.getByRole('textbox', { name: 'السبب' }).fill('توقف الإنتاج في الموسم');
  await screenshot(page, 'status-change-ar');
  await dialog.getByRole('button', { name: 'تغيير الوضعية' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('نشيطة ← متوقفة مؤقتًا')).toBeVisible();
  await expect(page.getByText('توقف الإنتاج في الموسم')).toBeVisible();
  await expectRtl(page);
  await screenshot(page, 'detail-after-status-ar');
});

test('CSV import: dry run shows row errors, the fixed file imports', async ({ page }) => {
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  await page.goto('/cooperatives/import');
  await expectRtl(page);
  const header = 'registrationNumber,nameAr,nameFr,regionCode,provinceCode,sectors,membersTotal,membersWomen,membersYouth';
  const bad = `${header}\nCSV-${stamp}-1,تعاونية أ,,MA-09,MA-AGD,argan,12,6,2\nCSV-${stamp}-2,تعاونية ب,,MA-99,MA-AGD,argan,5,9,0\n`;
  await page.locator('input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'التحقق من الملف (تجربة)' }).click();
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('رُفض سطر واحد');
  await expect(report.getByRole('table')).toContainText('regionCode');
  await expect(page.getByRole('button', { name: 'استيراد', exact: true })).toBeDisabled();
  await screenshot(page, 'import-dry-run-ar');

  const good = `${header}\nCSV-${stamp}-1,تعاونية أ,,MA-09,MA-AGD,argan,12,6,2\nCSV-${stamp}-2,تعاونية ب,,MA-09,MA-AGD,argan,5,3,0\n`;
  await page.locator('input[type=file]').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'التحقق من الملف (تجربة)' }).click();
  await expect(report).toContainText('يمكن استيراد تعاونيتين');
  await page.getByRole('button', { name: 'استيراد', exact: true }).click();
  await expect(report).toContainText('استُوردت تعاونيتان');
  await screenshot(page, 'import-done-ar');
});
