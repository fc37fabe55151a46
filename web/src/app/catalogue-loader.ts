import bankAr from '@/features/bank/locales/ar.json?url';
import bankEn from '@/features/bank/locales/en.json?url';
import bankFr from '@/features/bank/locales/fr.json?url';
import documentsAr from '@/features/documents/locales/ar.json?url';
import documentsEn from '@/features/documents/locales/en.json?url';
import documentsFr from '@/features/documents/locales/fr.json?url';
import claimsAr from '@/features/claims/locales/ar.json?url';
import claimsEn from '@/features/claims/locales/en.json?url';
import claimsFr from '@/features/claims/locales/fr.json?url';
import eventsAr from '@/features/events/locales/ar.json?url';
import eventsEn from '@/features/events/locales/en.json?url';
import eventsFr from '@/features/events/locales/fr.json?url';
import coreAr from '@/lib/i18n/locales/ar.json?url';
import coreEn from '@/lib/i18n/locales/en.json?url';
import coreFr from '@/lib/i18n/locales/fr.json?url';
import { takeEarlyRead } from '@/lib/api/early-reads';
import type { AppLanguage } from '@/lib/i18n/i18n';

/**
 * Each language's catalogues as JSON files of the build (hashed names, cached for a year), fetched rather than
 * bundled: JSON is not JavaScript the phone must compile, and index.html's inline script starts the active
 * language's files before the app's code has arrived (issue 16).
 */
export const catalogueUrls: Record<AppLanguage, readonly string[]> = {
  ar: [coreAr, eventsAr, bankAr, documentsAr, claimsAr],
  fr: [coreFr, eventsFr, bankFr, documentsFr, claimsFr],
  en: [coreEn, eventsEn, bankEn, documentsEn, claimsEn],
};

async function part(url: string): Promise<Record<string, unknown>> {
  const response = await (takeEarlyRead(url)?.catch(() => fetch(url)) ?? fetch(url));
  if (!response.ok) throw new Error(`catalogue ${url}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** One language's whole catalogue: the core one plus the features' own (one top-level key each). */
export async function loadCatalogue(language: AppLanguage): Promise<Record<string, unknown>> {
  const parts = await Promise.all(catalogueUrls[language].map(part));
  return Object.assign({}, ...parts) as Record<string, unknown>;
}
