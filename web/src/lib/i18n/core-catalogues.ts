import coreAr from './locales/ar.json';
import coreEn from './locales/en.json';
import coreFr from './locales/fr.json';

/** The core catalogues, all three at once: for tests and the catalogue checks, never for the app's first load. */
export const coreCatalogues = { ar: coreAr, fr: coreFr, en: coreEn } as const;
