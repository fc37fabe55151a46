import bankAr from '@/features/bank/locales/ar.json';
import bankEn from '@/features/bank/locales/en.json';
import bankFr from '@/features/bank/locales/fr.json';
import documentsAr from '@/features/documents/locales/ar.json';
import documentsEn from '@/features/documents/locales/en.json';
import documentsFr from '@/features/documents/locales/fr.json';
import claimsAr from '@/features/claims/locales/ar.json';
import claimsEn from '@/features/claims/locales/en.json';
import claimsFr from '@/features/claims/locales/fr.json';
import eventsAr from '@/features/events/locales/ar.json';
import eventsEn from '@/features/events/locales/en.json';
import eventsFr from '@/features/events/locales/fr.json';
import programsAr from '@/features/programs/locales/ar.json';
import programsEn from '@/features/programs/locales/en.json';
import programsFr from '@/features/programs/locales/fr.json';
import networksAr from '@/features/networks/locales/ar.json';
import networksEn from '@/features/networks/locales/en.json';
import networksFr from '@/features/networks/locales/fr.json';
import webhooksAr from '@/features/webhooks/locales/ar.json';
import webhooksEn from '@/features/webhooks/locales/en.json';
import webhooksFr from '@/features/webhooks/locales/fr.json';
import { coreCatalogues } from '@/lib/i18n/core-catalogues';

/**
 * The core catalogue plus the catalogues of features that keep their own (one top-level key each), all languages
 * at once: for tests and the catalogue checks. The app loads one language with src/app/catalogue-loader.ts.
 */
export const catalogues = {
  ar: { ...coreCatalogues.ar, ...eventsAr, ...bankAr, ...documentsAr, ...claimsAr, ...programsAr, ...networksAr, ...webhooksAr },
  fr: { ...coreCatalogues.fr, ...eventsFr, ...bankFr, ...documentsFr, ...claimsFr, ...programsFr, ...networksFr, ...webhooksFr },
  en: { ...coreCatalogues.en, ...eventsEn, ...bankEn, ...documentsEn, ...claimsEn, ...programsEn, ...networksEn, ...webhooksEn },
};
