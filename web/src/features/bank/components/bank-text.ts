import type { TFunction } from 'i18next';
import { dateTimeFormat, localeOf, numberFormat } from '@/lib/i18n/format';

/** An amount in dirhams, Western digits. */
export function formatMad(value: number, language: string): string {
  return numberFormat(localeOf(language), {
    numberingSystem: 'latn',
    style: 'currency',
    currency: 'MAD',
    maximumFractionDigits: 0,
  }).format(value);
}

/**
 * The Casablanca calendar day of an instant (no time: some browsers' time-zone data put Morocco an hour off, so
 * the time of an instant is left out where the API gives no wall-clock time).
 */
export function formatInstantDay(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(localeOf(language), {
    numberingSystem: 'latn',
    dateStyle: 'medium',
    timeZone: 'Africa/Casablanca',
  }).format(date);
}

/** The cooperative picker's search texts in the idea bank. */
export function pickerTexts(t: TFunction) {
  return { search: t('bank.picker.searchCooperative'), hint: t('bank.picker.searchHint'), noMatch: t('bank.picker.noMatch') };
}
