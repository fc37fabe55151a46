import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** One translation catalogue per language; the app layer adds the features' own catalogues (src/app/catalogues.ts). */
export type Catalogues = Record<AppLanguage, Record<string, unknown>>;

/** Fetches one language's whole catalogue (a separate chunk per language, see src/app/catalogue-loader.ts). */
export type CatalogueLoader = (language: AppLanguage) => Promise<Record<string, unknown>>;

export const SUPPORTED_LANGUAGES = ['ar', 'fr', 'en'] as const;
export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'coophub.language';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Remembered choice first, then the browser's languages (Arabic when the browser is Arabic), else French. */
export function detectLanguage(): AppLanguage {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isAppLanguage(stored)) return stored;
  } catch {
    // storage unavailable
  }
  const browser = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  for (const tag of browser) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isAppLanguage(base)) return base;
  }
  return 'fr';
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

export function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/**
 * Starts i18next with only the active language's catalogue (ADR 0018): a phone on a slow link downloads one
 * language, not three. Another language is fetched when the person switches to it, before the switch shows.
 */
export async function initI18nLazily(load: CatalogueLoader, language: AppLanguage = detectLanguage()) {
  const backend: BackendModule = {
    type: 'backend',
    init: () => undefined,
    read: (lng, _namespace, callback) => {
      if (!isAppLanguage(lng)) {
        callback(null, {});
        return;
      }
      load(lng).then(
        (catalogue) => callback(null, catalogue),
        (error: unknown) => callback(error instanceof Error ? error.message : String(error), false),
      );
    },
  };
  applyDocumentLanguage(language);
  await i18n.use(backend).use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18n.on('languageChanged', applyDocumentLanguage);
  return i18n;
}

/** Starts i18next with every catalogue at hand (tests). */
export function initI18n(catalogues: Catalogues, language: AppLanguage = detectLanguage()) {
  const resources = { ar: { translation: catalogues.ar }, fr: { translation: catalogues.fr }, en: { translation: catalogues.en } };
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: false,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    i18n.on('languageChanged', applyDocumentLanguage);
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  applyDocumentLanguage(language);
  return i18n;
}

export function rememberLanguage(language: AppLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage unavailable
  }
}

/** Whether the user chose a language in this browser (the switch remembers it). */
export function hasRememberedLanguage(): boolean {
  try {
    return isAppLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return false;
  }
}

/**
 * After sign-in: adopt the account's saved language unless a language was explicitly chosen in
 * this browser (that choice wins; it is not overwritten).
 */
export function adoptAccountLanguage(language: string | null | undefined): void {
  if (hasRememberedLanguage() || !isAppLanguage(language) || i18n.language === language) return;
  void i18n.changeLanguage(language);
}

export { i18n };
