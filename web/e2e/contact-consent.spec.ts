import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';
import { mailsTo } from './mail';

/**
 * Issue 18, law 09-08, for a cooperative's registry contact (no account): the contact follows the link at the bottom of
 * a real e-mail, stops it, opens every choice through the preferences link without signing in and objects to calls by
 * SMS (source `preferences-link`); staff then read that objection, with its source, on the cooperative's consent card
 * and record one the contact told them of. In Arabic on a phone, and in French on a desktop. The cooperative, the event
 * whose registration writes the e-mail, and the registration are created through the API.
 */

const PHONE = { width: 390, height: 844 };

async function antiforgery(page: Page) {
  const response = await page.request.get('/api/v1/auth/antiforgery');
  expect(response.ok()).toBeTruthy();
  const { headerName, token } = (await response.json()) as { headerName: string; token: string };
  return { [headerName]: token };
}

async function post(page: Page, path: string, data: unknown) {
  const response = await page.request.post(path, { headers: await antiforgery(page), data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * A cooperative of Oujda without an account whose contact reads <language>, registered for a workshop: the
 * registration's e-mail reaches the contact with its unsubscribe link. Returns the cooperative's id and the link's token.
 */
async function contactWithAnEmail(page: Page, stamp: string, language: 'ar' | 'fr'): Promise<{ cooperative: string; token: string }> {
  const email = `contact.${language}.${stamp}@example.ma`;
  const coop = await post(page, '/api/v1/cooperatives', {
    registrationNumber: `CNS-E2E-${language}-${stamp}`,
    nameAr: `تعاونية الأمل ${stamp}`,
    nameFr: `Coopérative Al Amal ${stamp}`,
    legalForm: 'cooperative',
    sectors: ['handicraft'],
    activities: 'Tissage de tapis',
    products: ['زرابي'],
    regionCode: 'MA-02',
    provinceCode: 'MA-OUJ',
    commune: 'Oujda',
    address: 'Hay Al Qods, Oujda',
    foundedOn: '2019-03-08',
    members: { total: 10, women: 8, youth: 3 },
    womenLed: true,
    board: { size: 3, managerRole: 'رئيسة' },
    contact: { email, phone: `06${stamp.slice(-8).padStart(8, '1')}`, language },
  });
  const event = await post(page, '/api/v1/events', {
    kind: 'workshop',
    titleAr: `ورشة النسيج ${stamp}`,
    titleFr: `Atelier tissage ${stamp}`,
    startsAt: '2027-09-10T09:30:00',
    endsAt: '2027-09-10T14:30:00',
    venue: { address: 'Oujda' },
    regionCode: 'MA-02',
    provinceCode: 'MA-OUJ',
    capacity: 5,
    audience: 'public',
    status: 'published',
  });
  await post(page, `/api/v1/events/${String(event.id)}/registrations`, { cooperativeId: String(coop.id) });
  let token = '';
  await expect
    .poll(
      () => {
        const link = mailsTo(email)
          .map((text) => /\/unsubscribe\?token=([^\s"<>&]+)/.exec(text)?.[1])
          .find(Boolean);
        token = link ? decodeURIComponent(link) : '';
        return token;
      },
      { timeout: 30_000, message: `the registration's e-mail to ${email} (E2E_MAIL_DIR)` },
    )
    .not.toBe('');
  return { cooperative: String(coop.id), token };
}

/** A browser of its own for the contact: no session, the language she chose, a phone or a desktop. */
async function contactPage(browser: Browser, phone: boolean) {
  const context = await browser.newContext(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {});
  return context.newPage();
}

test('Arabic on a phone: the contact objects to calls by SMS through the preferences link, and staff read it on the consent card and record another', async ({
  page,
  browser,
}) => {
  const stamp = `${Date.now()}`.slice(-7);
  await page.setViewportSize(PHONE);
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  const { cooperative, token } = await contactWithAnEmail(page, stamp, 'ar');

  const contact = await contactPage(browser, true);
  await open(contact, `/unsubscribe?token=${encodeURIComponent(token)}`);
  await expectRtl(contact);
  await expect(contact.getByRole('button', { name: /قائمة حساب/ }), 'no one is signed in').toHaveCount(0);
  await contact.getByRole('button', { name: 'أوقفوا هذه الرسائل' }).click();
  await contact.getByRole('link', { name: 'إدارة كل اختياراتي' }).click();
  await expect(contact).toHaveURL(/\/unsubscribe\/preferences\?token=/);
  await expect(contact.getByRole('heading', { level: 1, name: 'اختياراتي للإشعارات' })).toBeVisible();
  await expect(contact.getByTestId('topic-events').getByRole('switch', { name: /^البريد الإلكتروني/ })).not.toBeChecked();
  await expect(contact.getByTestId('topic-events')).toContainText('الرابط في رسالة');
  const callsSms = contact.getByTestId('topic-calls').getByRole('switch', { name: /^رسائل SMS/ });
  await expect(callsSms).toBeChecked();
  await callsSms.focus();
  await contact.keyboard.press('Space');
  await expect(callsSms).not.toBeChecked();
  await contact.getByRole('button', { name: 'حفظ اختياراتي' }).click();
  await expect(contact.getByRole('status')).toContainText('تم حفظ اختياراتكم');
  const width = await contact.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no sideways scrolling on a phone').toBeLessThanOrEqual(PHONE.width);
  await screenshot(contact, 'contact-preferences-ar-phone');
  await contact.reload();
  await expect(contact.getByTestId('topic-calls').getByRole('switch', { name: /^رسائل SMS/ })).not.toBeChecked();
  await expect(contact.getByTestId('topic-calls')).toContainText('الرابط في رسالة (كل الاختيارات)');
  await contact.context().close();

  await page.goto(`/cooperatives/${cooperative}`);
  const card = page.getByTestId('contact-consent');
  await expect(card.getByRole('heading', { name: 'موافقة جهة الاتصال على الإعلانات' })).toBeVisible();
  const bySms = card.getByTestId('objection-calls-sms');
  await expect(bySms).toContainText('طلبات إبداء الاهتمام · رسالة قصيرة');
  await expect(bySms).toContainText('معترضة');
  await expect(bySms).toContainText('صفحة التفضيلات');

  await card.getByLabel('الموضوع', { exact: true }).selectOption({ label: 'الأنشطة والتظاهرات' });
  await expect(card.getByRole('radio', { name: 'تعترض على هذه الرسائل' })).toBeChecked();
  await card.getByRole('checkbox', { name: 'رسالة قصيرة' }).check();
  await card.getByLabel(/كيف عبّرت جهة الاتصال عن ذلك/).selectOption({ label: 'مكالمة هاتفية' });
  await card.getByRole('button', { name: 'تسجيل' }).click();
  await expect(card.getByRole('status')).toContainText('تم التسجيل');
  const events = card.getByTestId('objection-events-sms');
  await expect(events).toContainText('معترضة');
  await expect(events).toContainText('سجّلها عون · مكالمة هاتفية');
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth, 'the card fits a phone').toBeLessThanOrEqual(PHONE.width);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'contact-consent-card-ar-phone');
});

test('French: the contact objects to calls by SMS through the preferences link, and staff withdraw it on her word on the consent card', async ({
  page,
  browser,
}) => {
  const stamp = `${Date.now()}`.slice(-7);
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  const { cooperative, token } = await contactWithAnEmail(page, stamp, 'fr');

  const contact = await contactPage(browser, false);
  await open(contact, `/unsubscribe?token=${encodeURIComponent(token)}`, 'fr');
  await contact.getByRole('button', { name: 'Ne plus les recevoir' }).click();
  await contact.getByRole('link', { name: 'Gérer toutes mes préférences' }).click();
  await expect(contact.getByRole('heading', { level: 1, name: 'Mes préférences de notification' })).toBeVisible();
  const callsSms = contact.getByTestId('topic-calls').getByRole('switch', { name: /^SMS/ });
  await callsSms.focus();
  await contact.keyboard.press('Space');
  await expect(callsSms).not.toBeChecked();
  await contact.getByRole('button', { name: 'Enregistrer mes choix' }).click();
  await expect(contact.getByRole('status')).toContainText('Vos choix sont enregistrés.');
  await screenshot(contact, 'contact-preferences-fr');
  await contact.context().close();

  await open(page, `/cooperatives/${cooperative}`, 'fr');
  const card = page.getByTestId('contact-consent');
  await expect(card.getByRole('heading', { name: 'Consentement du contact aux annonces' })).toBeVisible();
  const bySms = card.getByTestId('objection-calls-sms');
  await expect(bySms).toContainText('Appels à candidatures · SMS');
  await expect(bySms).toContainText('opposé');
  await expect(bySms).toContainText('page de préférences');

  await card.getByLabel('Sujet', { exact: true }).selectOption({ label: 'Appels à candidatures' });
  await card.getByRole('radio', { name: 'retire son opposition' }).check();
  await card.getByRole('checkbox', { name: 'SMS' }).check();
  await card.getByLabel(/Comment le contact l'a exprimé/).selectOption({ label: 'message écrit' });
  await card.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(card.getByRole('status')).toContainText('Enregistré');
  await expect(bySms).toContainText('reçoit');
  await expect(bySms).toContainText('enregistré par un agent · message écrit');
  await screenshot(page, 'contact-consent-card-fr');
});
