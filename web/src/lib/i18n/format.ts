import { useTranslation } from 'react-i18next';

export const TIME_ZONE = 'Africa/Casablanca';

/** BCP 47 locale per UI language; Arabic uses Western (Latin) digits. */
export function localeOf(language: string): string {
  if (language === 'ar') return 'ar-MA';
  if (language === 'fr') return 'fr-MA';
  return 'en-GB';
}

const numberingSystem = 'latn';

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { numberingSystem }).format(value);
}

export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { numberingSystem, style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  );
}

/** A calendar date (YYYY-MM-DD): shown as that day, with no time-zone shift. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return value;
  return new Intl.DateTimeFormat(localeOf(language), { numberingSystem, dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An instant, shown in Morocco's time zone. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(language), {
    numberingSystem,
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Today's date in Africa/Casablanca as YYYY-MM-DD. */
export function todayInCasablanca(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

type Named = { nameAr?: string | null; nameFr?: string | null; nameEn?: string | null };

/** A record's name in the UI language where present, falling back to the other languages. */
export function localizedName(record: Named | null | undefined, language: string): string {
  if (!record) return '';
  const order =
    language === 'ar'
      ? [record.nameAr, record.nameFr, record.nameEn]
      : language === 'en'
        ? [record.nameEn, record.nameFr, record.nameAr]
        : [record.nameFr, record.nameAr, record.nameEn];
  return order.find((n) => n && n.trim().length > 0) ?? '';
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
  };
}
