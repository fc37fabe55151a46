import { deflateSync, crc32 } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

/**
 * Issue 19 item 4, in Arabic on a phone: a cooperative's manager adds a photo to her vault from her files and watches
 * it go up, finds it listed, downloads it, and deletes it after confirming.
 */

const PASSWORD = 'Tiznit-Argane-2026-coffre';

/** A PNG of noise (it does not compress, so its upload takes long enough on a slow link to be watched). */
function noisePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = Buffer.alloc((width * 3 + 1) * height);
  let x = 0x9e3779b9;
  for (let i = 0; i < rows.length; i++) {
    // xorshift32: noise a deflater cannot shrink
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    rows[i] = x & 0xff;
  }
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function antiforgery(page: Page) {
  const response = await page.request.get('/api/v1/auth/antiforgery');
  expect(response.ok()).toBeTruthy();
  const { headerName, token } = (await response.json()) as { headerName: string; token: string };
  return { [headerName]: token };
}

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('Arabic, on a phone: a manager uploads a photo with progress, sees it listed, downloads it and deletes it', async ({ page }) => {
  const stamp = `${Date.now()}`.slice(-7);
  const email = `vault.${stamp}@coophub.test`;
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  const list = (await (await page.request.get('/api/v1/cooperatives?pageSize=1')).json()) as { items: { id: string }[] };
  const cooperative = list.items[0]!.id;
  const created = await page.request.post('/api/v1/users', {
    headers: await antiforgery(page),
    data: { email, displayName: `مسيرة ${stamp}`, language: 'ar', password: PASSWORD, roles: ['coop-manager'], cooperatives: [cooperative] },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();

  await page.goto(`/cooperatives/${cooperative}`);
  await expectRtl(page);
  const vault = page.getByTestId('document-vault');
  await expect(vault.getByRole('heading', { name: 'الوثائق' })).toBeVisible();
  await expect(vault.getByText(/لا توجد وثائق بعد/)).toBeVisible();
  await expect(vault.getByTestId('document-camera')).toHaveAttribute('capture', 'environment');

  await vault.getByLabel('نوع الوثيقة').selectOption('photo');
  await vault.getByLabel('تاريخ انتهاء الصلاحية').fill('2027-06-30');

  // A weak mobile link: about 200 KB/s up, so the 1.4 MB photo takes seconds and the bar can be seen moving.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 80, downloadThroughput: -1, uploadThroughput: 200 * 1024 });
  const png = noisePng(700, 700);
  expect(png.length).toBeGreaterThan(1_400_000);
  await vault.getByTestId('document-file').setInputFiles({ name: 'صورة-المقر.png', mimeType: 'image/png', buffer: png });
  const progress = vault.getByTestId('document-progress');
  await expect(progress).toBeVisible();
  await expect(vault.getByText(/جار الإرسال/)).toBeVisible();
  await screenshot(page, 'documents-uploading-ar-phone');
  await expect(vault.getByText('تمت إضافة صورة-المقر.png.')).toBeVisible({ timeout: 45_000 });
  await expect(progress).toBeHidden();
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  const item = vault.getByTestId('document-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('صورة');
  await expect(item).toContainText('تنتهي في');
  await screenshot(page, 'documents-listed-ar-phone');
  // Nothing sticks out of a 360 px screen.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);

  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: 'صورة-المقر.png' }).click()]);
  expect(download.suggestedFilename()).toBe('صورة-المقر.png');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  expect([...readFileSync(path).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  await item.getByRole('button', { name: 'حذف صورة-المقر.png' }).click();
  const dialog = page.getByRole('dialog', { name: 'حذف هذه الوثيقة؟' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'حذف', exact: true }).click();
  await expect(vault.getByText(/لا توجد وثائق بعد/)).toBeVisible();
  await expect(vault.getByTestId('document-item')).toHaveCount(0);
});
