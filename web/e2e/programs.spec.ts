import { expect, test, type Page } from '@playwright/test';
import { expectRtl, open, screenshot, signInAsAdmin } from './helpers';

const CALL_TITLE = 'طلب ترشيح التعاونيات النسائية – برنامج تغيير';

type Named = { nameAr?: string | null; nameFr?: string | null };
type CallDocument = Named & { key: string; mandatory: boolean };
type Call = { id: string; program: { code: string }; documents: CallDocument[] };
type EligibleCooperative = Named & { id: string; registrationNumber: string };

/** The name the Arabic UI shows for a record (Arabic, else French). */
const arabicName = (r: Named) => r.nameAr?.trim() || r.nameFr?.trim() || '';

/** The open Taghyir call and a cooperative it lists among those to invite (eligible and not applied yet: safe to rerun). */
async function taghyirAndAnEligibleCooperative(page: Page) {
  const calls = await page.request.get('/api/v1/calls?when=open');
  expect(calls.ok()).toBeTruthy();
  const call = ((await calls.json()) as { items: Call[] }).items.find((c) => c.program.code === 'TAGHYIR');
  expect(call, 'the Taghyir call is open in the demo data').toBeTruthy();
  const eligible = await page.request.get(`/api/v1/calls/${call!.id}/eligible-cooperatives?pageSize=100`);
  expect(eligible.ok()).toBeTruthy();
  const coop = ((await eligible.json()) as { items: EligibleCooperative[] }).items.find((c) => arabicName(c) !== '');
  expect(coop, 'a cooperative eligible for Taghyir that has not applied yet').toBeTruthy();
  return { call: call!, coop: coop! };
}

test('Arabic: from the open Taghyir call to a decision — apply for an eligible cooperative, submit, review, score, rank and select', async ({
  page,
}) => {
  await open(page, '/sign-in');
  await signInAsAdmin(page);
  const { call, coop } = await taghyirAndAnEligibleCooperative(page);
  const name = arabicName(coop);
  const documentName = (d: CallDocument) => arabicName(d);

  // The open calls, with their deadline in Casablanca time.
  await page.getByRole('link', { name: 'طلبات إبداء الاهتمام', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('طلبات إبداء الاهتمام');
  await expectRtl(page);
  const card = page.getByTestId('call-card').filter({ hasText: CALL_TITLE });
  // The demo call closes at 23:59 Casablanca time, whatever the browser's time-zone data says.
  await expect(card.getByTestId('call-deadline')).toContainText('23:59');
  await expect(card).toContainText('بتوقيت الدار البيضاء');
  await expect(card.getByTestId('call-rules')).toContainText('التعاونيات التي تسيرها نساء فقط');
  await screenshot(page, 'programs-open-calls-ar');

  // The call: rules, documents and criteria with their weights.
  await card.getByRole('link', { name: CALL_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CALL_TITLE);
  await expect(page.getByRole('table')).toContainText('ملاءمة المشروع');
  await screenshot(page, 'programs-call-ar');
  await page.getByRole('link', { name: 'الترشح', exact: true }).click();

  // Apply on the cooperative's behalf; one mandatory document is left out at first.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('الترشح');
  await page.getByRole('searchbox', { name: 'البحث عن تعاونية في السجل' }).fill(coop.registrationNumber);
  await page.getByRole('radio', { name }).check();
  await page.getByRole('textbox', { name: 'ملخص المشروع' }).fill('تكوين النساء في القيادة وتسويق منتوجات التعاونية.');
  await page.getByRole('checkbox', { name: 'التكوين في القيادة النسائية' }).check();
  await page.getByRole('spinbutton', { name: 'المبلغ المطلوب (MAD)' }).fill('45000');
  const mandatory = call.documents.filter((d) => d.mandatory);
  const [lastDocument] = mandatory.slice(-1);
  for (const d of mandatory.slice(0, -1)) {
    await page.getByRole('textbox', { name: documentName(d) }).fill(`https://documents.example.org/${coop.registrationNumber}/${d.key}.pdf`);
  }
  await screenshot(page, 'programs-apply-ar');
  await page.getByRole('button', { name: 'حفظ المسودة' }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`ترشيح ${name}`);
  await expect(page.getByTestId('application-status')).toHaveText('مسودة');

  // Submitting without the last mandatory document is refused with the document named.
  await page.getByRole('button', { name: 'إيداع', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'إيداع الترشيح؟' });
  await dialog.getByRole('button', { name: 'إيداع الترشيح' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('application-error')).toContainText('أرفق الوثائق الإلزامية قبل الإيداع');
  await expect(page.getByTestId('application-error')).toContainText(documentName(lastDocument!));
  await screenshot(page, 'programs-documents-missing-ar');

  // Linked, it is submitted and found eligible at once.
  await page
    .getByRole('textbox', { name: documentName(lastDocument!) })
    .fill(`https://documents.example.org/${coop.registrationNumber}/${lastDocument!.key}.pdf`);
  await page.getByRole('button', { name: 'إيداع', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'إيداع الترشيح؟' });
  await dialog.getByRole('button', { name: 'إيداع الترشيح' }).click();
  await expect(page.getByTestId('submit-result')).toContainText('يستوفي الترشيح جميع شروط الطلب');
  await expect(page.getByTestId('application-status')).toHaveText('مؤهل');
  await expect(page.getByTestId('application-history')).toContainText('مسودة ← مودع');
  await expectRtl(page);
  await screenshot(page, 'programs-submitted-eligible-ar');

  // The call board: start the review of the eligible application.
  await page.getByRole('link', { name: 'لوحة تتبع الطلب' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('لوحة تتبع الطلب');
  const boardUrl = new URL(page.url()).pathname;
  await page.getByRole('tab', { name: /^مؤهل \(/ }).click();
  const boardRow = page.getByTestId('board-application').filter({ hasText: name });
  await expect(boardRow).toContainText('يستوفي جميع الشروط');
  await screenshot(page, 'programs-board-ar');
  await page.getByRole('button', { name: `بدء التقييم — ${name}` }).click();
  await expect(boardRow).toBeHidden();
  await page.getByRole('tab', { name: /^قيد التقييم \(/ }).click();
  await expect(boardRow.locator('[data-status="underReview"]')).toBeVisible();

  // Reviewers: assign yourself (a second run finds you assigned already).
  await page.getByRole('tab', { name: 'المقيّمون' }).click();
  const reviewers = page.getByTestId('reviewers-table');
  await expect(reviewers.or(page.getByText('لم يُعيَّن أي مقيّم بعد.'))).toBeVisible();
  if ((await reviewers.getByText('(أنت)').count()) === 0) {
    await page.getByRole('combobox', { name: 'الموظف' }).click();
    await page.getByRole('option', { name: /\(أنت\)$/ }).click();
    await page.getByRole('button', { name: 'تعيينه مقيّمًا' }).click();
  }
  await expect(reviewers.getByRole('row').filter({ hasText: '(أنت)' })).toContainText('متبقٍّ');
  await screenshot(page, 'programs-reviewers-ar');

  // Score it from "My reviews": the weighted score is Σ score × weight / 100.
  await page.getByRole('link', { name: 'تقييماتي', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تقييماتي');
  await page.getByRole('link', { name: `تنقيط ترشيح ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`التقييم: ${name}`);
  const scores: [string, string][] = [
    ['ملاءمة المشروع', '8'],
    ['الجدوى الاقتصادية', '7'],
    ['إدماج النساء والشباب', '9'],
    ['قدرة التعاونية على التنفيذ', '6'],
  ];
  for (const [criterion, score] of scores) {
    await page.getByRole('textbox', { name: `النقطة — ${criterion}`, exact: true }).fill(score);
  }
  // 8×30 + 7×25 + 9×20 + 6×25 = 745 → 7.45 (Arabic style: 7,45).
  await expect(page.getByTestId('weighted-score')).toHaveText('7,45 / 10');
  await page.getByRole('textbox', { name: 'تعليق عام' }).fill('مشروع واضح وقابل للتنفيذ.');
  await expectRtl(page);
  await screenshot(page, 'programs-scoring-ar');
  await page.getByRole('button', { name: 'حفظ نقطي' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'حُفظت نقطك' })).toBeVisible();

  // The ranking shows the score; select the application with a reason.
  await page.goto(`${boardUrl}?tab=ranking`);
  const ranked = page.getByTestId('ranking-row').filter({ hasText: name });
  await expect(ranked.getByTestId('ranking-score')).toHaveText('7,45');
  await screenshot(page, 'programs-ranking-ar');
  await ranked.getByRole('button', { name: `انتقاء ${name}` }).click();
  dialog = page.getByRole('dialog', { name: `انتقاء ${name}` });
  await dialog.getByRole('textbox', { name: 'السبب' }).fill('مشروع ذو أثر قوي على النساء، في حدود المقاعد المتاحة.');
  await dialog.getByRole('button', { name: 'انتقاء', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(ranked).toContainText('منتقى');

  // The application now reads "selected", with the reason in its history.
  await ranked.getByRole('link', { name }).click();
  await expect(page.getByTestId('application-status')).toHaveText('منتقى');
  await expect(page.getByTestId('application-history')).toContainText('قيد التقييم ← منتقى');
  await expect(page.getByTestId('application-history')).toContainText('مشروع ذو أثر قوي على النساء');
  await expect(page.getByTestId('support-panel')).toBeVisible();
  await expectRtl(page);
  await screenshot(page, 'programs-selected-ar');
});

test('Arabic: the DELIO program page with its partners and its report (charts, indicators, CSV)', async ({ page }) => {
  await open(page, '/programs');
  await expectRtl(page);
  await page.getByRole('link', { name: /DELIO/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('DELIO');
  await expect(page.getByTestId('program-partners')).toContainText('ممول');
  await page.getByRole('tab', { name: 'التقرير' }).click();
  const report = page.getByTestId('program-report');
  await expect(report.getByTestId('chart-status').locator('.recharts-surface')).toBeVisible();
  await expect(report.getByTestId('indicator-progress')).toContainText('مناصب الشغل المحدثة');
  await expect(report.getByRole('link', { name: 'تصدير CSV' })).toHaveAttribute('href', /\/api\/v1\/programs\/[0-9a-f-]{36}\/report\.csv$/);
  await screenshot(page, 'programs-report-ar');
});
