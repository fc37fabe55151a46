import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin, pickOption } from './helpers';

/**
 * Today in Casablanca as YYYY-MM-DD, as the page computes it (what the date fields default to): in the browser, whose time-zone data may put Casablanca an hour away
 * from Node's (see the README), so between 23:00 and midnight UTC the two disagree on the date.
 */
async function todayInCasablanca(page: Page): Promise<string> {
  return page.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()),
  );
}

function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

const NETWORK = 'شبكة منظمات وهيئات الاقتصاد الاجتماعي والتضامني بالحسيمة';

async function openAlHoceimaNetwork(page: Page) {
  await page.getByRole('link', { name: 'الشبكات', exact: true }).click();
  // The previous screen stays until the directory's chunk has loaded: wait for the new heading.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الشبكات والاتحادات');
  await page.getByRole('searchbox', { name: 'بحث' }).fill('الحسيمه');
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  await expect(page).toHaveURL(/\/networks\?q=/);
  await page.getByRole('link', { name: NETWORK }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NETWORK);
  await expectRtl(page);
}

test('Arabic: add a partner organisation and a cooperative to the Al Hoceima network, then replace its president (refused overlap, end the mandate, appoint)', async ({ page }) => {
  const stamp = `${Date.now()}`.slice(-7);
  const orgName = `جمعية الاختبار الآلي ${stamp}`;
  await open(page, '/sign-in');
  await signInAsAdmin(page);

  // A new partner organisation (a unique name, so no duplicate candidates).
  await page.getByRole('link', { name: 'المنظمات الشريكة' }).click();
  await page.getByRole('link', { name: 'إضافة منظمة' }).click();
  await expectRtl(page);
  await pickOption(page, 'النوع', 'جمعية');
  await page.getByRole('textbox', { name: 'الاسم بالعربية' }).fill(orgName);
  await page.getByRole('button', { name: 'إضافة منظمة' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgName);

  await openAlHoceimaNetwork(page);
  const members = page.getByTestId('members-table');
  await expect(members).toBeVisible();

  // Add the organisation, found by its name.
  await page.getByRole('button', { name: 'إضافة عضو' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByText('منظمة', { exact: true }).click();
  await dialog.getByRole('searchbox', { name: 'البحث عن منظمة' }).fill(orgName);
  await dialog.getByRole('radio', { name: orgName }).check();
  await dialog.getByRole('button', { name: 'إضافة عضو' }).click();
  await expect(dialog).toBeHidden();
  await expect(members.getByRole('link', { name: orgName })).toBeVisible();

  // Add a cooperative found by an Arabic search written without the final ta marbuta (الحسيمه).
  await page.getByRole('button', { name: 'إضافة عضو' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByText('تعاونية', { exact: true }).click();
  await dialog.getByRole('searchbox', { name: 'البحث عن تعاونية' }).fill('الحسيمه');
  const group = dialog.getByRole('radiogroup', { name: 'اختر العضو' });
  await expect(group.getByRole('radio').first()).toBeVisible();
  const current = await members.getByRole('link').allInnerTexts();
  let picked = '';
  for (const label of await group.locator('label').allInnerTexts()) {
    if (label.includes('تعاونية') && !current.includes(label.trim())) {
      picked = label.trim();
      break;
    }
  }
  expect(picked, 'a cooperative of Al Hoceima that is not yet a member').not.toBe('');
  await group.getByRole('radio', { name: picked }).check();
  await screenshot(page, 'network-add-member-ar');
  await dialog.getByRole('button', { name: 'إضافة عضو' }).click();
  await expect(dialog).toBeHidden();
  await expect(members.getByRole('link', { name: picked })).toBeVisible();
  await screenshot(page, 'network-members-ar');

  // Bodies and mandates: the current president is highlighted.
  await page.getByRole('tab', { name: 'الهيئات والمهام' }).click();
  await expect(page.getByTestId('current-president')).toContainText('الرئيس(ة) الحالي(ة)');
  const workingBody = page.getByTestId('network-body').filter({ hasText: 'هيئة المواكبة والدعم' });
  await workingBody.getByRole('button', { name: 'تعيين' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'العضو' }).click();
  await page.getByRole('option', { name: orgName }).click();

  // A second president over the current one's term is refused with a clear message.
  await dialog.getByRole('combobox', { name: 'المهمة', exact: true }).click();
  await page.getByRole('option', { name: 'الرئيس(ة)', exact: true }).click();
  await dialog.getByLabel('نهاية الولاية').fill('2027-12-31');
  await dialog.getByRole('button', { name: 'تعيين' }).click();
  await expect(dialog.getByRole('alert')).toContainText('لا يكون للشبكة إلا رئيس(ة) واحد(ة)');
  await screenshot(page, 'network-president-overlap-ar');

  // The refusal names the current president; end that mandate today (Casablanca), from the refusal itself.
  await dialog.getByRole('button', { name: 'إنهاء تلك الولاية' }).click();
  const endDialog = page.getByRole('dialog', { name: /^إنهاء ولاية / });
  await expect(endDialog).toBeVisible();
  await expect(endDialog.getByLabel('آخر يوم في الولاية')).toHaveValue(await todayInCasablanca(page));
  await expectRtl(page);
  await screenshot(page, 'network-end-mandate-ar');
  await endDialog.getByRole('button', { name: 'إنهاء الولاية' }).click();
  await expect(endDialog).toBeHidden();

  // The new president's term now starts the next day, and the appointment goes through.
  await expect(dialog.getByRole('alert')).toBeHidden();
  await expect(dialog.getByRole('status')).toContainText('يمكن أن تبدأ الولاية الجديدة');
  await expect(dialog.getByLabel('بداية الولاية')).toHaveValue(dayAfter(await todayInCasablanca(page)));
  await dialog.getByRole('button', { name: 'تعيين' }).click();
  await expect(dialog).toBeHidden();
  await expect(workingBody).toContainText(orgName);
  await expect(workingBody).toContainText('قادمة');
  await expectRtl(page);
  await screenshot(page, 'network-bodies-ar');
});

test('Arabic: the impact chart of the Al Hoceima network', async ({ page }) => {
  await open(page, '/networks');
  await expectRtl(page);
  await expect(page.getByTestId('result-count')).toBeVisible();
  await screenshot(page, 'networks-ar');
  await page.getByRole('link', { name: NETWORK }).click();
  await page.getByRole('tab', { name: 'المشاريع والأثر' }).click();
  const chart = page.getByTestId('impact-chart');
  await expect(chart.locator('.recharts-surface')).toBeVisible();
  await expect(chart.locator('.recharts-line').first()).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Valorisation de la pêche artisanale');
  await expectRtl(page);
  await screenshot(page, 'network-impact-ar');
});

test('French: the network page and the organisations directory render left to right', async ({ page }) => {
  await open(page, '/networks', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'Réseaux et unions' })).toBeVisible();
  await screenshot(page, 'networks-fr');
  await page.getByRole('link', { name: /Al Hoceïma/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Al Hoceïma');
  await page.getByRole('tab', { name: 'Instances et mandats' }).click();
  await expect(page.getByTestId('current-president')).toContainText('Président(e) en exercice');
  await screenshot(page, 'network-bodies-fr');
  await page.getByRole('tab', { name: 'Projets et impact' }).click();
  await expect(page.getByTestId('impact-chart').locator('.recharts-surface')).toBeVisible();
  await screenshot(page, 'network-impact-fr');

  await open(page, '/organisations?q=PNUD', 'fr');
  await expect(page.getByRole('searchbox', { name: 'Recherche' })).toHaveValue('PNUD');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await screenshot(page, 'organisations-fr');
});

test('Arabic: adding an organisation that looks like an existing one shows the candidates, then "add anyway"', async ({ page }) => {
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  await page.goto('/organisations/new');
  await expectRtl(page);
  await page.getByRole('combobox', { name: 'النوع' }).click();
  await page.getByRole('option', { name: 'هيئة عمومية' }).click();
  await page.getByRole('textbox', { name: 'الاسم بالعربية' }).fill('وكالة تنمية جهة الشرق');
  await page.getByRole('combobox', { name: 'الجهة' }).click();
  await page.getByRole('option', { name: 'الشرق', exact: true }).click();
  await page.getByRole('button', { name: 'إضافة منظمة' }).click();

  const candidates = page.getByTestId('duplicate-candidates');
  await expect(candidates).toContainText('قد تكون هذه المنظمة مسجلة من قبل');
  await expect(candidates.getByRole('link', { name: 'وكالة تنمية جهة الشرق' }).first()).toBeVisible();
  await screenshot(page, 'organisation-duplicates-ar');
  await candidates.getByRole('button', { name: 'إنها منظمة مختلفة: أضفها على أي حال' }).click();
  await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('وكالة تنمية جهة الشرق');
});

test('Arabic: track a new project of the Al Hoceima network and record its first impact assessment', async ({ page }) => {
  const title = `مشروع الاختبار ${Date.now().toString().slice(-7)}`;
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  await openAlHoceimaNetwork(page);
  await page.getByRole('tab', { name: 'المشاريع والأثر' }).click();
  await page.getByRole('button', { name: 'إضافة مشروع' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'عنوان المشروع' }).fill(title);
  await dialog.getByRole('button', { name: 'إضافة مشروع' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: `تسجيل تقييم — ${title}` }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'مناصب الشغل' }).fill('6');
  await dialog.getByRole('textbox', { name: 'النساء المعنيات' }).fill('4');
  await dialog.getByRole('button', { name: 'تسجيل تقييم' }).click();
  await expect(dialog).toBeHidden();

  const chart = page.getByTestId('impact-chart');
  await expect(chart).toContainText(title);
  await expect(page.getByRole('table')).toContainText(title);
  await expectRtl(page);
  await screenshot(page, 'network-impact-recorded-ar');
});
