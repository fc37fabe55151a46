/*
 * The formatting locale of each UI language, in a module of its own (no React, no i18next): the app formats with it
 * (format.ts), and the build writes it into index.html's inline script, whose worker loads that locale's ICU data
 * before the app needs it (build/early-reads.ts), so the two cannot drift apart.
 */

/** BCP 47 locale per UI language; Arabic uses Western (Latin) digits. */
export function localeOf(language: string): string {
  if (language === 'ar') return 'ar-MA';
  if (language === 'fr') return 'fr-MA';
  return 'en-GB';
}

/** Morocco's time zone: instants are shown in it. */
export const TIME_ZONE = 'Africa/Casablanca';

/** Western (Latin) digits in every language. */
export const NUMBERING_SYSTEM = 'latn';
