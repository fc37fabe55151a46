import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

/**
 * Issue 18, the delivery log in Arabic: a promotion from an event's waitlist queues a message in the inbox and an e-mail
 * for the promoted cooperative's manager; the administrator finds both in the delivery log, with the provider's answer,
 * filters them by channel (e-mail, SMS) and state, and reads them as cards on a phone. Everything it needs is created
 * through the API with the admin's session.
 */

const PASSWORD = 'Taourirt-Cactus-2026-ok';

async function antiforgery(page: Page) {
  const response = await page.request.get('/api/v1/auth/antiforgery');
  expect(response.ok()).toBeTruthy();
  const { headerName, token } = (await response.json()) as { headerName: string; token: string };
  return { [headerName]: token };
}

async function post(page: Page, path: string, data?: unknown) {
  const response = await page.request.post(path, { headers: await antiforgery(page), data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

async function promote(page: Page, stamp: string, email: string) {
  const response = await page.request.get('/api/v1/cooperatives?pageSize=2');
  const { items } = (await response.json()) as { items: { id: string }[] };
  const [coop, holder] = [items[0]!.id, items[1]!.id];
  await post(page, '/api/v1/users', {
    email,
    displayName: `مسير التعاونية ${stamp}`,
    language: 'ar',
    password: PASSWORD,
    roles: ['coop-manager'],
    cooperatives: [coop],
  });
  const event = await post(page, '/api/v1/events', {
    kind: 'workshop',
    titleAr: `ورشة سجل الإرسال ${stamp}`,
    titleFr: `Atelier du journal d'envoi ${stamp}`,
    startsAt: '2027-04-21T10:00:00',
    endsAt: '2027-04-21T12:00:00',
    venue: { address: 'تاوريرت' },
    regionCode: 'MA-02',
    provinceCode: 'MA-OUJ',
    capacity: 1,
    status: 'published',
  });
  const seat = (await post(page, `/api/v1/events/${String(event.id)}/registrations`, { cooperativeId: holder })) as { registration: { id: string } };
  await post(page, `/api/v1/events/${String(event.id)}/registrations`, { cooperativeId: coop, attendeeName: `سعاد ${stamp}` });
  await post(page, `/api/v1/events/${String(event.id)}/registrations/${seat.registration.id}/cancel`);
  return `مقعد محجوز لكم: ورشة سجل الإرسال ${stamp}`;
}

test('Arabic: the administrator reads the messages a promotion produced in the delivery log and filters them by channel and state', async ({ page }) => {
  const stamp = `${Date.now()}`.slice(-7);
  const email = `mousayir.${stamp}@coophub.test`;
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  const subject = await promote(page, stamp, email);

  // The dispatcher works in the background: wait until the promotion's e-mail is sent (written to the pickup
  // directory). The same address also hears of its registration (on the waitlist), sent a moment before: wait for the
  // promotion's subject, not for the address alone, or the page may open before the promotion's row exists.
  await expect(async () => {
    const log = (await (await page.request.get('/api/v1/notifications/deliveries?channel=email&status=sent&pageSize=100')).json()) as {
      items: { address: string; subject: string }[];
    };
    expect(log.items.some((d) => d.address === email && d.subject.includes(subject))).toBe(true);
  }).toPass({ timeout: 30_000 });

  await page.getByRole('link', { name: 'إرسال الرسائل' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سجل إرسال الرسائل');
  await expectRtl(page);

  await page.getByLabel('القناة').selectOption({ label: 'البريد الإلكتروني' });
  await expect(page).toHaveURL(/channel=email/);
  // The manager also hears of the registration itself (issue 18): the promotion's row is the one with its subject.
  const emailRow = page.getByTestId('delivery').filter({ hasText: subject }).filter({ hasText: email });
  await expect(emailRow).toHaveCount(1);
  await expect(emailRow).toContainText(subject);
  await expect(emailRow).toContainText('حساب');
  await expect(emailRow).toContainText('.eml');
  await expect(emailRow.getByTestId('delivery-status')).toHaveText('أُرسلت');
  await expect(emailRow.getByRole('button', { name: 'إعادة الإرسال' })).toHaveCount(0);
  await screenshot(page, 'delivery-log-ar');

  await page.getByLabel('القناة').selectOption({ label: 'داخل التطبيق' });
  await expect(page.getByTestId('delivery').filter({ hasText: subject })).toHaveCount(1);
  await expect(page.getByTestId('delivery').filter({ hasText: subject })).toContainText('صندوق الرسائل');

  // The promotion reached the account in the app and by e-mail, not by SMS (registry contacts of other cooperatives may
  // have SMS in the log), and none of its messages is dead.
  await page.getByLabel('القناة').selectOption({ label: 'رسالة قصيرة' });
  await expect(page).toHaveURL(/channel=sms/);
  await expect(page.getByTestId('delivery').filter({ hasText: subject })).toHaveCount(0);
  await page.getByLabel('القناة').selectOption({ label: 'الكل' });
  await page.getByLabel('الحالة').selectOption({ label: 'فشلت (لا محاولة أخرى)' });
  await expect(page).toHaveURL(/status=dead/);
  await expect(page.getByTestId('delivery').filter({ hasText: subject })).toHaveCount(0);

  // On a phone the messages are cards, and nothing scrolls sideways. The e-mails sent: whatever the other specs of the
  // lane had queued is still being sent in the background, and the messages in the app alone can fill the first page.
  await page.getByLabel('القناة').selectOption({ label: 'البريد الإلكتروني' });
  await page.getByLabel('الحالة').selectOption({ label: 'أُرسلت' });
  await expect(page).toHaveURL(/channel=email/);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  const card = page.locator('li[data-testid="delivery"]').filter({ hasText: subject }).filter({ hasText: email });
  await expect(card).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await screenshot(page, 'delivery-log-ar-360');
});
