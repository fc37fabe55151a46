import { expect, test } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

// A fresh description per run: the URL stays the same, so run after run the rows are told apart by it.
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const description = `بوابة الشريك ${stamp}`;
const target = 'https://localhost/partner-hooks';

test('an administrator subscribes a partner URL, sees the secret once, reads its deliveries and deactivates it', async ({
  page,
}) => {
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'الويب هوك' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'اشتراكات الويب هوك' })).toBeVisible();
  await expectRtl(page);

  // 127.0.0.1 spelt in hex is refused on the URL field, before anything is stored, even where private targets are allowed (issue 14, SSRF).
  const url = page.getByRole('textbox', { name: 'عنوان التسليم' });
  await url.fill('https://0x7f.0.0.1/latest/meta-data');
  await page.getByRole('checkbox', { name: 'نشر فكرة' }).check();
  await page.getByRole('textbox', { name: 'الوصف' }).fill(description);
  await page.getByRole('button', { name: 'إنشاء الاشتراك' }).click();
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('webhook-secret')).toHaveCount(0);

  // The browser tests' API allows private targets (Webhooks:AllowPrivateTargets), as an on-premise receiver would.
  await url.fill(target);
  await page.getByRole('button', { name: 'إنشاء الاشتراك' }).click();

  // The signing secret is shown once, with how to verify signatures.
  const secret = page.getByTestId('webhook-secret');
  await expect(secret).toHaveText(/^whsec_\S+$/);
  await expect(page.getByText(/For integrators/)).toBeVisible();
  await screenshot(page, 'webhooks-secret-ar');
  await page.getByRole('button', { name: 'لقد حفظت السر' }).click();
  await expect(secret).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: description });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(target);
  await expect(row.getByText('نشر فكرة')).toBeVisible();
  await expect(row.getByText('كل الجهات')).toBeVisible();
  await expect(row.getByText('نشيط', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: 'التسليمات' }).click();
  const panel = page.getByTestId('deliveries-panel');
  await expect(panel.getByText('لا توجد تسليمات بعد.')).toBeVisible();
  await screenshot(page, 'webhooks-deliveries-ar');

  await row.getByRole('button', { name: 'تعطيل' }).click();
  const dialog = page.getByRole('dialog', { name: 'تعطيل هذا الاشتراك؟' });
  await expect(dialog).toContainText(target);
  await dialog.getByRole('button', { name: 'تعطيل' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByText('غير نشيط', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'تعطيل' })).toHaveCount(0);
  await expectRtl(page);
});
