import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

/** A Casablanca wall-clock time (as the API and the datetime-local inputs take it), some days from now. */
function casablancaLocal(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + days * 86_400_000));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** An ideathon event (Events module), created through the API with the session's antiforgery token. */
async function createIdeathonEvent(page: Page, title: string): Promise<string> {
  const antiforgery = await page.request.get('/api/v1/auth/antiforgery');
  expect(antiforgery.ok()).toBeTruthy();
  const { headerName, token } = (await antiforgery.json()) as { headerName: string; token: string };
  const created = await page.request.post('/api/v1/events', {
    headers: { [headerName]: token },
    data: {
      kind: 'ideathon',
      titleAr: title,
      titleFr: `Idéathon ${title}`,
      regionCode: 'MA-06',
      status: 'published',
      startsAt: `${casablancaLocal(5)}:00`,
      endsAt: `${casablancaLocal(5.25)}:00`,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

test('Arabic: propose an idea, publish it from the curation queue, enter it in an open ideathon, score it as a juror and see it ranked', async ({
  page,
}) => {
  const stamp = `${Date.now()}`.slice(-7);
  const ideaTitle = `وحدة تثمين الصبار ${stamp}`;
  const eventTitle = `يوم الابتكار التعاوني ${stamp}`;
  const competitionTitle = `مسابقة أفكار التعاونيات ${stamp}`;

  await open(page, '/sign-in');
  await signInAsAdmin(page);

  // 1. Propose an idea through the form (an idea of the staff, without a cooperative) and submit it at once.
  await page.getByRole('link', { name: 'أفكار المشاريع', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('بنك أفكار المشاريع');
  await expectRtl(page);
  await page.getByRole('link', { name: 'اقتراح فكرة' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اقتراح فكرة مشروع');
  await expect(page.getByRole('radio', { name: 'بدون تعاونية (فكرة من المصالح)' })).toBeChecked();
  await page.getByRole('textbox', { name: 'العنوان بالعربية' }).fill(ideaTitle);
  await page.getByRole('textbox', { name: 'المشكل', exact: true }).fill('يضيع جزء كبير من فاكهة الصبار لغياب وحدات التحويل المحلية.');
  await page.getByRole('textbox', { name: 'الحل', exact: true }).fill('وحدة تعاونية لتحويل الصبار إلى مربى وزيت وعلف.');
  await page.getByRole('combobox', { name: 'القطاعات' }).click();
  await page.getByRole('option', { name: 'الأركان' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'أهداف التنمية المستدامة' }).click();
  await page.getByRole('option', { name: 'الهدف 5 — المساواة بين الجنسين' }).click();
  await page.getByRole('option', { name: 'الهدف 8 — العمل اللائق ونمو الاقتصاد' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'الاستثمار التقديري (درهم)' }).fill('180000');
  await page.getByRole('textbox', { name: 'مناصب الشغل المتوقعة' }).fill('9');
  await page.getByRole('textbox', { name: 'منها للنساء' }).fill('7');
  await screenshot(page, 'bank-idea-form-ar');
  await page.getByRole('button', { name: 'حفظ وإحالة على المراجعة' }).click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ideaTitle);
  await expect(page.getByTestId('idea-status')).toHaveText('في انتظار المراجعة');

  // 2. Publish it from the curation queue.
  await page.getByRole('link', { name: 'كل أفكار المشاريع' }).click();
  await page.getByRole('link', { name: 'قائمة المراجعة' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('قائمة المراجعة');
  const queued = page.getByTestId('curation-item').filter({ hasText: ideaTitle });
  await expect(queued).toBeVisible();
  await screenshot(page, 'bank-curation-ar');
  await queued.getByRole('button', { name: `نشر ${ideaTitle}` }).click();
  await expect(queued).toBeHidden();

  // The published idea is found in the bank by an Arabic search.
  await page.getByRole('link', { name: 'كل أفكار المشاريع' }).click();
  await page.getByRole('searchbox', { name: 'بحث' }).fill(ideaTitle);
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  const card = page.getByTestId('idea-card').filter({ hasText: ideaTitle });
  await expect(card).toBeVisible();
  await expect(card.getByText('الهدف 5')).toBeVisible();
  await expectRtl(page);
  await screenshot(page, 'bank-ideas-ar');

  // 3. An open ideathon: its event is created through the API, the competition through the form.
  await createIdeathonEvent(page, eventTitle);
  await page.getByRole('link', { name: 'مسابقات الأفكار', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مسابقات الأفكار');
  await page.getByRole('link', { name: 'مسابقة جديدة' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مسابقة جديدة');
  await page.getByRole('textbox', { name: 'العنوان بالعربية' }).fill(competitionTitle);
  await page.getByRole('combobox', { name: 'حدث مسابقة الأفكار' }).click();
  await page.getByRole('option', { name: new RegExp(eventTitle) }).click();
  await page.getByLabel('فتح باب المشاركة (بتوقيت الدار البيضاء)').fill(casablancaLocal(-1));
  await page.getByLabel('إغلاق باب المشاركة').fill(casablancaLocal(3));
  await page.getByRole('combobox', { name: 'الوضعية' }).click();
  await page.getByRole('option', { name: 'مفتوحة للمشاركة' }).click();
  await expect(page.getByTestId('weights-sum')).toHaveText('مجموع الأوزان: 100 / 100');
  await screenshot(page, 'bank-competition-form-ar');
  await page.getByRole('button', { name: 'مسابقة جديدة' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(competitionTitle);
  await expect(page.getByTestId('competition-status')).toHaveText('مفتوحة للمشاركة');
  await expect(page.getByTestId('criteria-table')).toContainText('الأثر الاجتماعي');
  await expect(page.getByTestId('tie-rule')).toContainText('«الأثر الاجتماعي»');

  // 4. Enter the idea.
  await page.getByRole('button', { name: 'المشاركة بفكرتي' }).click();
  const dialog = page.getByRole('dialog', { name: 'المشاركة بفكرة منشورة' });
  await dialog.getByRole('searchbox', { name: 'البحث في الأفكار المنشورة' }).fill(ideaTitle);
  // As a person would: wait for the list to narrow to the idea searched for, then choose it.
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await dialog.getByRole('radio', { name: ideaTitle }).check();
  await dialog.getByRole('button', { name: 'تسجيل المشاركة' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('entries-table')).toContainText(ideaTitle);

  // 5. The admin sits on the jury; the progress shows the entry still to score.
  await page.getByRole('tab', { name: 'لجنة التحكيم' }).click();
  await page.getByRole('button', { name: 'أضفني إلى اللجنة' }).click();
  const me = page.getByTestId('juror-row').filter({ hasText: '(أنت)' });
  await expect(me).toContainText('0 من 1');
  await expect(me).toContainText(ideaTitle);
  await expectRtl(page);
  await screenshot(page, 'bank-jury-ar');

  // 6. Score it: the weighted total is Σ score × weight / 100 = 8×40 + 7×40 + 9×20 → 7.8 (Arabic style 7,8).
  await page.getByRole('link', { name: 'تنقيط المشاركات (اللجنة)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('شبكات التنقيط الخاصة بي');
  await expect(page.getByTestId('jury-progress-mine')).toHaveText('المشاركات المنقّطة: 0 من 1');
  const sheet = page.getByTestId('score-card').filter({ hasText: ideaTitle });
  await sheet.getByRole('textbox', { name: 'الأثر الاجتماعي (0–10)' }).fill('8');
  await sheet.getByRole('textbox', { name: 'الأثر الاقتصادي (0–10)' }).fill('7');
  await sheet.getByRole('textbox', { name: 'الابتكار (0–10)' }).fill('9');
  await expect(sheet.getByTestId('weighted-total')).toHaveText('7,8 / 10');
  await screenshot(page, 'bank-scoring-ar');
  await sheet.getByRole('button', { name: 'حفظ نقطي' }).click();
  await expect(sheet.getByRole('status')).toContainText('حُفظت نقطك');
  await expect(page.getByTestId('jury-progress-mine')).toHaveText('المشاركات المنقّطة: 1 من 1');

  // 7. Judging, then the ranking shows it first with its score.
  await page.getByRole('link', { name: 'العودة إلى المسابقة' }).click();
  await page.getByRole('button', { name: 'بدء التحكيم' }).click();
  const move = page.getByRole('dialog', { name: 'بدء التحكيم' });
  await move.getByRole('button', { name: 'تأكيد' }).click();
  await expect(move).toBeHidden();
  await expect(page.getByTestId('competition-status')).toHaveText('قيد التحكيم');
  await page.getByRole('link', { name: 'النتائج', exact: true }).click();
  const ranked = page.getByTestId('ranking-row').filter({ hasText: ideaTitle });
  await expect(ranked.getByTestId('ranking-score')).toHaveText('7,8');
  await expect(ranked.locator('td').first()).toHaveText('1');
  await expect(page.getByRole('link', { name: 'تصدير CSV' })).toHaveAttribute('href', /\/ranking\.csv$/);
  await expectRtl(page);
  await screenshot(page, 'bank-results-ar');
});
