import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

/** A day from today in Casablanca, as YYYY-MM-DD. */
function casablancaDay(daysFromToday: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + daysFromToday)).toISOString().slice(0, 10);
}

/**
 * A published workshop in two weeks with 2 seats, created through the API with the admin's session (a new one on
 * every run, so the test does not depend on the demo data nor on an earlier run).
 */
async function createSmallEvent(page: Page, stamp: string) {
  const antiforgery = await page.request.get('/api/v1/auth/antiforgery');
  expect(antiforgery.ok()).toBeTruthy();
  const { headerName, token } = (await antiforgery.json()) as { headerName: string; token: string };
  const day = casablancaDay(14);
  const title = `ورشة تجريبية للتسجيل ${stamp}`;
  const created = await page.request.post('/api/v1/events', {
    headers: { [headerName]: token },
    data: {
      kind: 'workshop',
      titleAr: title,
      titleFr: `Atelier de test des inscriptions ${stamp}`,
      startsAt: `${day}T10:00:00`,
      endsAt: `${day}T12:30:00`,
      venue: { address: 'وجدة' },
      regionCode: 'MA-02',
      provinceCode: 'MA-OUJ',
      capacity: 2,
      status: 'published',
      agenda: [
        { time: '10:00', titleAr: 'الاستقبال', titleFr: 'Accueil' },
        { time: '10:30', titleAr: 'تقديم البرنامج', titleFr: 'Présentation' },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  return { id, title };
}

/** Registers a named attendee from the open dialog; returns the outcome's text and the code shown once. */
async function registerAttendee(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByText('شخص باسمه', { exact: true }).click();
  await dialog.getByRole('textbox', { name: 'اسم المشارك' }).fill(name);
  await dialog.getByRole('button', { name: 'تسجيل', exact: true }).click();
  const outcome = dialog.getByTestId('registration-outcome');
  await expect(outcome).toBeVisible();
  await expect(outcome).toContainText(name);
  const code = await dialog.getByTestId('registration-code').getAttribute('data-code');
  expect(code).toMatch(/^[A-Z2-9]{32}$/);
  await expect(dialog).toContainText('احتفظ به الآن: لن يُعرض إلا مرة واحدة.');
  return { outcome, code: code! };
}

test('Arabic: register until full, see the waitlist position, cancel with the code and see the promotion, then check someone in', async ({
  page,
}) => {
  const stamp = `${Date.now()}`.slice(-7);
  const [first, second, third] = [`سعاد العلوي ${stamp}`, `محمد الإدريسي ${stamp}`, `خديجة بناني ${stamp}`];
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  const event = await createSmallEvent(page, stamp);

  // The events list: find it by searching.
  await page.getByRole('link', { name: 'الفعاليات', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الفعاليات');
  await expectRtl(page);
  await page.getByRole('searchbox', { name: 'بحث' }).fill(stamp);
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  const row = page.getByTestId('event-row').filter({ hasText: event.title });
  await expect(row.getByTestId('event-kind')).toHaveText('ورشة');
  await expect(row.getByTestId('event-when')).toContainText('10:00');
  await expect(row.getByTestId('seats-left')).toHaveText('بقي مقعدان');
  await screenshot(page, 'events-list-ar');
  await row.getByRole('link', { name: event.title }).click();

  // The event page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  await expect(page.getByTestId('event-agenda')).toContainText('تقديم البرنامج');
  await expect(page.getByRole('link', { name: 'إضافة إلى التقويم' })).toHaveAttribute('href', `/api/v1/events/${event.id}.ics?lang=ar`);

  // Two seats: two attendees get one, the third is waitlisted at position 1.
  await page.getByRole('button', { name: 'التسجيل', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const one = await registerAttendee(page, first);
  await expect(one.outcome).toContainText('تم التسجيل: حُجز مقعد');
  await dialog.getByRole('button', { name: 'تسجيل مشارك آخر' }).click();
  const two = await registerAttendee(page, second);
  await expect(two.outcome).toContainText('تم التسجيل: حُجز مقعد');
  await dialog.getByRole('button', { name: 'تسجيل مشارك آخر' }).click();
  await expect(dialog).toContainText('المقاعد كلها محجوزة: سيُضاف هذا التسجيل إلى لائحة الانتظار.');
  const three = await registerAttendee(page, third);
  await expect(three.outcome).toContainText('في لائحة الانتظار (المرتبة 1)');
  await expectRtl(page);
  await screenshot(page, 'events-waitlisted-ar');
  await dialog.getByRole('button', { name: 'تم', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('seats-left')).toHaveText('المقاعد كلها محجوزة: التسجيلات الجديدة تُضاف إلى لائحة الانتظار');

  // The first attendee cancels with the code, without the organisers: the waitlisted one takes the seat.
  await page.getByRole('link', { name: /لديك رمز تسجيل؟/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيلي');
  await page.getByRole('textbox', { name: 'رمز التسجيل' }).fill(one.code.toLowerCase());
  await page.getByRole('button', { name: 'عرض', exact: true }).click();
  const card = page.getByTestId('registration-by-code');
  await expect(card).toContainText(first);
  await expect(card.getByTestId('registration-status')).toHaveText('مسجَّل');
  await card.getByRole('button', { name: 'إلغاء تسجيلي' }).click();
  const confirm = page.getByRole('dialog', { name: 'إلغاء التسجيل؟' });
  await confirm.getByRole('button', { name: 'إلغاء التسجيل', exact: true }).click();
  await expect(confirm).toBeHidden();
  const outcome = page.getByTestId('cancellation-outcome');
  await expect(outcome).toContainText('أُلغي التسجيل.');
  await expect(outcome).toContainText('ذهب المقعد الذي تحرر إلى أول من في لائحة الانتظار');
  // A code holder learns that the seat moved, not who took it (the organisers' table shows who).
  await expect(outcome.getByTestId('promoted').locator('li')).toHaveCount(1);
  await expect(card.getByTestId('registration-status')).toHaveText('ملغى');
  await expectRtl(page);
  await screenshot(page, 'events-cancelled-promoted-ar');

  // The promoted attendee's own code now shows a seat.
  await page.getByRole('textbox', { name: 'رمز التسجيل' }).fill(three.code);
  await page.getByRole('button', { name: 'عرض', exact: true }).click();
  await expect(page.getByTestId('registration-by-code')).toContainText(third);
  await expect(page.getByTestId('registration-by-code').getByTestId('registration-status')).toHaveText('مسجَّل');

  // Organisers: check the second attendee in from the registrations table.
  await page.goto(`/events/${event.id}`);
  await page.getByRole('link', { name: 'التسجيلات وتسجيل الحضور' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('التسجيلات والحضور');
  const table = page.getByTestId('registrations-table');
  await expect(table.getByTestId('registration-row')).toHaveCount(3);
  await expect(table.getByTestId('registration-row').filter({ hasText: first }).getByTestId('registration-status')).toHaveText('ملغى');
  const secondRow = table.getByTestId('registration-row').filter({ hasText: second });
  await secondRow.getByRole('button', { name: `تسجيل حضور ${second}` }).click();
  await expect(secondRow.getByTestId('registration-status')).toHaveText('حاضر');
  await expect(secondRow.getByRole('button', { name: `تسجيل حضور ${second}` })).toHaveCount(0);
  await screenshot(page, 'events-check-in-ar');

  // The attendance dashboard counts them.
  await page.getByRole('tab', { name: 'الحضور' }).click();
  const dashboard = page.getByTestId('attendance-dashboard');
  await expect(dashboard.getByTestId('dash-registered')).toHaveText('2');
  await expect(dashboard.getByTestId('dash-attended')).toHaveText('1');
  await expect(dashboard.getByTestId('dash-cancelled')).toHaveText('1');
  await expect(dashboard.getByTestId('dash-waitlisted')).toHaveText('0');
  await expectRtl(page);
  await screenshot(page, 'events-attendance-ar');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Arabic: an event written in French only shows its title and description in French, each marked "بالفرنسية"; its calendar file has one SUMMARY, tagged fr', async ({
    page,
  }) => {
    const stamp = `${Date.now()}`.slice(-7);
    await open(page, '/sign-in');
    await signInAsAdmin(page);
    const antiforgery = await page.request.get('/api/v1/auth/antiforgery');
    const { headerName, token } = (await antiforgery.json()) as { headerName: string; token: string };
    const day = casablancaDay(20);
    const title = `Atelier écrit en français ${stamp}`;
    const created = await page.request.post('/api/v1/events', {
      headers: { [headerName]: token },
      data: {
        kind: 'workshop',
        titleFr: title,
        descriptionFr: 'Programme détaillé en français uniquement.',
        startsAt: `${day}T10:00:00`,
        endsAt: `${day}T12:00:00`,
        venue: { address: 'Oujda' },
        regionCode: 'MA-02',
        provinceCode: 'MA-OUJ',
        capacity: 10,
        status: 'published',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto(`/events/${id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.getByText(title)).toHaveAttribute('lang', 'fr');
    await expect(heading.getByText(title)).toHaveAttribute('dir', 'ltr');
    const headingTag = heading.locator('[data-language-tag="fr"]');
    await expect(headingTag).toBeVisible();
    await expect(headingTag).toHaveText(/بالفرنسية/);
    await expect(headingTag).toHaveAttribute('title', 'النص بالفرنسية، غير متوفر بالعربية');
    const description = page.getByTestId('event-description');
    await expect(description.locator('[data-language-tag="fr"]')).toBeVisible();
    await expectRtl(page);
    // The tag stays on the phone's screen, beside its text.
    const box = await headingTag.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'events-french-only-ar-phone');

    const ics = await page.request.get(`/api/v1/events/${id}.ics?lang=ar`);
    // Content lines unfolded (RFC 5545 3.1): a long line goes on after CRLF and one space.
    const text = (await ics.text()).replace(/\r\n[ \t]/g, '');
    const summaries = text.split('\r\n').filter((l) => l.startsWith('SUMMARY'));
    expect(summaries).toEqual([`SUMMARY;LANGUAGE=fr:${title}`]);
    expect(text.split('\r\n').filter((l) => l.startsWith('DESCRIPTION'))).toEqual([
      'DESCRIPTION;LANGUAGE=fr:Programme détaillé en français uniquement.\\n\\nغير متوفر بالعربية؛ النص بالفرنسية.',
    ]);
  });
});
