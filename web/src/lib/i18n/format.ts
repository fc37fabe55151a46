import { useTranslation } from 'react-i18next';
import { localeOf, NUMBERING_SYSTEM, TIME_ZONE } from '@/lib/i18n/locale';

export { localeOf, TIME_ZONE };

const numberingSystem = NUMBERING_SYSTEM;

// Building an Intl formatter costs far more than using one, and lists format a figure or a date per row: one formatter
// per locale and options, kept. (The first one of a page would load ICU's data for its locale, 50–170 ms of this
// machine's main thread; index.html starts a worker that loads it first, build/early-reads.ts and ADR 0036.)
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** `numberFormat(locale, options)`, built once per locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** `dateTimeFormat(locale, options)`, built once per locale and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function formatNumber(value: number, language: string): string {
  return numberFormat(localeOf(language), { numberingSystem }).format(value);
}

export function formatPercent(value: number, language: string): string {
  return numberFormat(localeOf(language), { numberingSystem, style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  );
}

/** A calendar date (YYYY-MM-DD): shown as that day, with no time-zone shift. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return value;
  return dateTimeFormat(localeOf(language), { numberingSystem, dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An instant, shown in Morocco's time zone. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(localeOf(language), {
    numberingSystem,
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Today's date in Africa/Casablanca as YYYY-MM-DD. */
export function todayInCasablanca(now: Date = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

type Named = { nameAr?: string | null; nameFr?: string | null; nameEn?: string | null };

/** A content language: the languages records are written in. */
export type ContentLanguage = 'ar' | 'fr' | 'en';

/**
 * A text as shown to the reader: `lang` is the language it is written in (undefined when unknown), `isFallback`
 * says it is not the UI language, so the screen marks it (see `<LocalizedText>`).
 */
export type LocalizedText = { text: string; lang: ContentLanguage | undefined; isFallback: boolean };

/** The writing direction of a content language. */
export function dirOf(lang: string | undefined): 'rtl' | 'ltr' | undefined {
  if (!lang) return undefined;
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * A record's name in the UI language where present, else the first other language that has one (Arabic UI:
 * French then English; English UI: French then Arabic; French UI: Arabic then English); blank counts as absent.
 */
export function localizedText(record: Named | null | undefined, language: string): LocalizedText {
  if (!record) return { text: '', lang: undefined, isFallback: false };
  const order: [ContentLanguage, string | null | undefined][] =
    language === 'ar'
      ? [
          ['ar', record.nameAr],
          ['fr', record.nameFr],
          ['en', record.nameEn],
        ]
      : language === 'en'
        ? [
            ['en', record.nameEn],
            ['fr', record.nameFr],
            ['ar', record.nameAr],
          ]
        : [
            ['fr', record.nameFr],
            ['ar', record.nameAr],
            ['en', record.nameEn],
          ];
  const found = order.find(([, n]) => n && n.trim().length > 0);
  if (!found) return { text: '', lang: undefined, isFallback: false };
  return { text: found[1]!, lang: found[0], isFallback: found[0] !== language };
}

/** A record's name in the UI language where present, falling back to the other languages. */
export function localizedName(record: Named | null | undefined, language: string): string {
  return localizedText(record, language).text;
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/**
 * A single-language text typed by a person (a body's purpose, a project's title, a prize): its language is told by
 * its script. Arabic letters and no Latin ones: Arabic; Latin letters and no Arabic ones: French in an Arabic UI (the
 * platform's other working language; French and English share the script, so a French or English UI cannot tell
 * them apart and marks nothing). Mixed or neither (digits, Tifinagh): unknown, shown as is.
 */
export function freeText(text: string | null | undefined, language: string): LocalizedText {
  const value = text ?? '';
  const arabic = ARABIC_LETTER.test(value);
  const latin = LATIN_LETTER.test(value);
  if (arabic && !latin) return { text: value, lang: 'ar', isFallback: language !== 'ar' };
  if (latin && !arabic && language === 'ar') return { text: value, lang: 'fr', isFallback: true };
  return { text: value, lang: undefined, isFallback: false };
}

type Titled = { titleAr?: string | null; titleFr?: string | null; titleEn?: string | null };
type Described = { descriptionAr?: string | null; descriptionFr?: string | null; descriptionEn?: string | null };
type CooperativeNamed = { cooperativeNameAr?: string | null; cooperativeNameFr?: string | null };

/** A record's title (a call, an event, an idea, an agenda item…) as a named record, for `fmt.name`. */
export function titleOf(x: Titled): Named {
  return { nameAr: x.titleAr, nameFr: x.titleFr, nameEn: x.titleEn };
}

/** A record's description as a named record, for `fmt.name`. */
export function descriptionOf(x: Described): Named {
  return { nameAr: x.descriptionAr, nameFr: x.descriptionFr, nameEn: x.descriptionEn };
}

/** The cooperative a record names (an application, an idea, an entry…) as a named record, for `fmt.name`. */
export function cooperativeOf(x: CooperativeNamed): Named {
  return { nameAr: x.cooperativeNameAr, nameFr: x.cooperativeNameFr };
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/**
 * A Casablanca wall-clock time as the API sends it ("2025-09-23T11:00:00", no offset) as a Date whose UTC fields are
 * that wall clock: formatted with timeZone UTC it shows exactly the server's local time, whatever the browser's
 * time-zone data says about Morocco (some browsers' ICU data still put Morocco at UTC+0).
 */
export function wallClockDate(value: string | null | undefined): Date | null {
  const m = WALL_CLOCK.exec(value ?? '');
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)));
}

/** "23 sept. 2025, 11:00": a Casablanca wall-clock time shown as is (the server's time-zone rules decide it). */
export function formatWallClock(value: string | null | undefined, language: string): string {
  const date = wallClockDate(value);
  if (!date) return value ?? '';
  return dateTimeFormat(localeOf(language), {
    numberingSystem,
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/** A score (0–10) with at most two decimals, Western digits, in the UI language's style. */
export function formatScore(value: number, language: string): string {
  return numberFormat(localeOf(language), { numberingSystem, maximumFractionDigits: 2 }).format(value);
}

/** The formatting helpers bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    language: lang,
    number: (v: number) => formatNumber(v, lang),
    percent: (v: number) => formatPercent(v, lang),
    date: (v: string | null | undefined) => formatDate(v, lang),
    dateTime: (v: string | null | undefined) => formatDateTime(v, lang),
    name: (r: Named | null | undefined) => localizedName(r, lang),
    /** The name with its language, for `<LocalizedText>`. */
    localized: (r: Named | null | undefined) => localizedText(r, lang),
  };
}
