import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

/**
 * Issue 18, first step, in Arabic: a waitlisted registration of a cooperative is promoted when the seat holder cancels,
 * and the cooperative's manager (an Arabic account) sees the bell's count and the message in the inbox, then reads it.
 * Everything it needs is created through the API with the admin's session, so it depends neither on the demo data's
 * accounts nor on an earlier run.
 */

const PASSWORD = 'Berkane-Clementine-2026-ok';

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

async function cooperativeIds(page: Page): Promise<[string, string]> {
  const response = await page.request.get('/api/v1/cooperatives?pageSize=2');
  const { items } = (await response.json()) as { items: { id: string }[] };
  expect(items.length).toBe(2);
  return [items[0]!.id, items[1]!.id];
}

test('Arabic: a promotion from the waitlist lights the manager’s bell and the message is in the inbox until read', async ({ page }) => {
  const stamp = `${Date.now()}`.slice(-7);
  const email = `gerante.${stamp}@coophub.test`;
  const title = `ورشة الإشعارات ${stamp}`;
  const attendee = `نجاة الفاسي ${stamp}`;
  await open(page, '/sign-in');
  await signInAsAdmin(page);

  // A manager who reads Arabic, bound to a cooperative; an event of one seat held by another cooperative.
  const [coop, holder] = await cooperativeIds(page);
  await post(page, '/api/v1/users', {
    email,
    displayName: `مسيرة التعاونية ${stamp}`,
    language: 'ar',
    password: PASSWORD,
    roles: ['coop-manager'],
    cooperatives: [coop],
  });
  const event = await post(page, '/api/v1/events', {
    kind: 'workshop',
    titleAr: title,
    titleFr: `Atelier des notifications ${stamp}`,
    startsAt: '2027-04-20T10:00:00',
    endsAt: '2027-04-20T12:00:00',
    venue: { address: 'وجدة' },
    regionCode: 'MA-02',
    provinceCode: 'MA-OUJ',
    capacity: 1,
    status: 'published',
  });
  const seat = (await post(page, `/api/v1/events/${String(event.id)}/registrations`, { cooperativeId: holder })) as { registration: { id: string } };
  const waiting = (await post(page, `/api/v1/events/${String(event.id)}/registrations`, { cooperativeId: coop, attendeeName: attendee })) as {
    registration: { status: string };
  };
  expect(waiting.registration.status).toBe('waitlisted');
  // The seat holder cancels: the waitlisted registration takes the seat.
  await post(page, `/api/v1/events/${String(event.id)}/registrations/${seat.registration.id}/cancel`);

  // The manager signs in.
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeVisible();

  // The dispatcher works in the background: wait for both messages (she heard she was on the waiting list, then that
  // she has a seat), then look at the bell.
  await expect(async () => {
    const inbox = (await (await page.request.get('/api/v1/notifications')).json()) as { unread: number };
    expect(inbox.unread).toBe(2);
  }).toPass({ timeout: 30_000 });
  await page.reload();
  const bell = page.getByRole('link', { name: 'الإشعارات: إشعاران غير مقروءين' });
  await expect(bell).toBeVisible();
  await expect(page.getByTestId('notification-count')).toContainText('2');
  await expectRtl(page);
  await screenshot(page, 'notifications-bell-ar');

  await bell.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإشعارات');
  await expect(page.getByTestId('notification')).toHaveCount(2);
  await expect(page.getByTestId('notification').filter({ hasText: `في لائحة الانتظار: ${title}` })).toHaveCount(1);
  const message = page.getByTestId('notification').filter({ hasText: `مقعد محجوز لكم: ${title}` });
  await expect(message).toHaveCount(1);
  await expect(message).toContainText(attendee);
  await expect(message).toContainText('بتوقيت الدار البيضاء');
  await expect(page.getByTestId('notifications-unread')).toHaveText('رسالتان غير مقروءتين');
  await screenshot(page, 'notifications-inbox-ar');

  // On a small phone (360 px) the bell and its count fit the header, and nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  const phoneBell = page.getByRole('link', { name: 'الإشعارات: إشعاران غير مقروءين' });
  await expect(phoneBell).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: /قائمة حساب/ })).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await screenshot(page, 'notifications-inbox-ar-360');

  await message.getByRole('button', { name: 'تعليم كمقروء' }).click();
  await expect(page.getByTestId('notifications-unread')).toHaveText('رسالة واحدة غير مقروءة');
  await expect(page.getByRole('link', { name: 'الإشعارات: إشعار واحد غير مقروء' })).toBeVisible();
  await expect(message).toHaveAttribute('data-unread', 'false');
});
