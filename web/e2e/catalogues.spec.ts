import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

/**
 * The words of the app come in pieces (issue 16, src/app/catalogue-loader.ts): a first visit to the directory fetches
 * the core catalogue of its language only; a screen of the events, the ideas or the calls fetches its feature's file
 * when it opens; a language switch brings the core file and every feature already in use, so a page never shows a
 * raw key ("events.title") in either language.
 */

/** The catalogue files the page asked for, each once (the service worker asks again for what it caches: from the HTTP cache). */
function catalogueRequests(page: Page) {
  const files = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/assets\/(ar|fr|en)-[^/]+\.json$/.test(path)) files.add(path);
  });
  return { of: (language: string) => [...files].filter((f) => f.startsWith(`/assets/${language}-`)), all: () => [...files] };
}

const RAW_KEY = /\b(events|bank|programs|networks|nav|common)\.[a-zA-Z]+/;

test('Arabic, then French: the directory fetches one file of words, the events page its own, and the switch both', async ({ page }) => {
  const files = catalogueRequests(page);
  await open(page, '/cooperatives', 'ar');
  await expect(page.getByRole('link', { name: 'الفعاليات' }).first()).toBeVisible();
  expect(files.of('ar')).toHaveLength(1);
  expect(files.all()).toHaveLength(1);

  await page.getByRole('link', { name: 'الفعاليات' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'الفعاليات' })).toBeVisible();
  await expect(page.getByText('اجتماعات وورشات ودورات تكوينية', { exact: false })).toBeVisible();
  expect(files.all()).toHaveLength(2);

  await page.getByTestId('language-switch').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Événements' })).toBeVisible();
  await expect(page.getByText('Réunions, ateliers, formations', { exact: false })).toBeVisible();
  expect(files.of('fr')).toHaveLength(2);
  await expect(page.locator('main')).not.toContainText(RAW_KEY);

  // Back on the directory and on to the open calls: the programs words come with their screen, in French.
  await page.getByRole('link', { name: 'Appels ouverts' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => files.of('fr').length).toBe(3);
  await expect(page.locator('main')).not.toContainText(RAW_KEY);
});
