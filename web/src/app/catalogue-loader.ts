import type { AppLanguage } from '@/lib/i18n/i18n';

type Json = { default: Record<string, unknown> };

/** Each language's catalogues as dynamic imports, so the build writes one chunk per language. */
const parts: Record<AppLanguage, () => Promise<Json[]>> = {
  ar: () =>
    Promise.all([
      import('@/lib/i18n/locales/ar.json'),
      import('@/features/events/locales/ar.json'),
      import('@/features/bank/locales/ar.json'),
    ]),
  fr: () =>
    Promise.all([
      import('@/lib/i18n/locales/fr.json'),
      import('@/features/events/locales/fr.json'),
      import('@/features/bank/locales/fr.json'),
    ]),
  en: () =>
    Promise.all([
      import('@/lib/i18n/locales/en.json'),
      import('@/features/events/locales/en.json'),
      import('@/features/bank/locales/en.json'),
    ]),
};

/** One language's whole catalogue: the core one plus the features' own (one top-level key each). */
export async function loadCatalogue(language: AppLanguage): Promise<Record<string, unknown>> {
  const modules = await parts[language]();
  return Object.assign({}, ...modules.map((m) => m.default)) as Record<string, unknown>;
}
