import i18n from 'i18next';
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
import programsAr from '@/features/programs/locales/ar.json?url';
import programsEn from '@/features/programs/locales/en.json?url';
import programsFr from '@/features/programs/locales/fr.json?url';
import networksAr from '@/features/networks/locales/ar.json?url';
import networksEn from '@/features/networks/locales/en.json?url';
import networksFr from '@/features/networks/locales/fr.json?url';
import webhooksAr from '@/features/webhooks/locales/ar.json?url';
import webhooksEn from '@/features/webhooks/locales/en.json?url';
import webhooksFr from '@/features/webhooks/locales/fr.json?url';
import coreAr from '@/lib/i18n/locales/ar.json?url';
import coreEn from '@/lib/i18n/locales/en.json?url';
import coreFr from '@/lib/i18n/locales/fr.json?url';
import { takeEarlyRead } from '@/lib/api/early-reads';
import type { AppLanguage } from '@/lib/i18n/i18n';

/** The features that keep their own catalogue (one top-level key each, named like the feature). */
export type CatalogueFeature = 'events' | 'bank' | 'documents' | 'claims' | 'programs' | 'networks' | 'webhooks';

/**
 * Each language's catalogues as JSON files of the build (hashed names, cached for a year), fetched rather than
 * bundled: JSON is not JavaScript the phone must compile, and index.html's inline script starts the active
 * language's core file (and the features' files its page needs) before the app's code has arrived (issue 16).
 */
export const coreCatalogueUrls: Record<AppLanguage, string> = { ar: coreAr, fr: coreFr, en: coreEn };

export const featureCatalogueUrls: Record<CatalogueFeature, Record<AppLanguage, string>> = {
  events: { ar: eventsAr, fr: eventsFr, en: eventsEn },
  bank: { ar: bankAr, fr: bankFr, en: bankEn },
  documents: { ar: documentsAr, fr: documentsFr, en: documentsEn },
  claims: { ar: claimsAr, fr: claimsFr, en: claimsEn },
  programs: { ar: programsAr, fr: programsFr, en: programsEn },
  networks: { ar: networksAr, fr: networksFr, en: networksEn },
  webhooks: { ar: webhooksAr, fr: webhooksFr, en: webhooksEn },
};

const FEATURES = Object.keys(featureCatalogueUrls) as CatalogueFeature[];

/** The features whose screens have been shown: a language switch brings their words too, before the switch shows. */
const inUse = new Set<CatalogueFeature>();

async function part(url: string): Promise<Record<string, unknown>> {
  const response = await (takeEarlyRead(url)?.catch(() => fetch(url)) ?? fetch(url));
  if (!response.ok) throw new Error(`catalogue ${url}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * One language's catalogue as i18next's backend asks for it: the core one (the menu, the shared words, every screen
 * but those of the features below) plus the catalogues of the features already in use. A first visit to the directory
 * fetches the core file only (issue 16: the first rows on a slow link).
 */
export async function loadCatalogue(language: AppLanguage): Promise<Record<string, unknown>> {
  const urls = [coreCatalogueUrls[language], ...FEATURES.filter((f) => inUse.has(f)).map((f) => featureCatalogueUrls[f][language])];
  const parts = await Promise.all(urls.map(part));
  return Object.assign({}, ...parts) as Record<string, unknown>;
}

/**
 * Before a screen of these features shows (its chunk is fetched beside): their words in the current language, each
 * fetched once. Rejects when a file cannot be had (offline, never seen): the screen then shows the translated error
 * of a screen that could not load, never raw keys.
 */
export async function loadFeatureCatalogues(features: readonly CatalogueFeature[]): Promise<void> {
  for (const feature of features) inUse.add(feature);
  const language = i18n.language as AppLanguage;
  if (!(language in coreCatalogueUrls)) return;
  const missing = features.filter((f) => i18n.getResource(language, 'translation', f) === undefined);
  await Promise.all(
    missing.map(async (feature) => {
      i18n.addResourceBundle(language, 'translation', await part(featureCatalogueUrls[feature][language]), true, true);
    }),
  );
}

/** A screen's or a component's module, loaded beside the catalogues of the features it speaks with. */
export async function withCatalogues<T>(features: readonly CatalogueFeature[], load: () => Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([load(), loadFeatureCatalogues(features)]);
  return loaded;
}
