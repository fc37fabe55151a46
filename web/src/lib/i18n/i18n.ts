import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import coreAr from './locales/ar.json';
import coreEn from './locales/en.json';
import coreFr from './locales/fr.json';

/** One translation catalogue per language; the app layer adds the features' own catalogues (src/app/catalogues.ts). */
export type Catalogues = Record<AppLanguage, Record<string, unknown>>;

export const coreCatalogues = { ar: coreAr, fr: coreFr, en: coreEn } as const;

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

export function initI18n(catalogues: Catalogues = coreCatalogues, language: AppLanguage = detectLanguage()) {
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
