import type { TFunction } from 'i18next';
import { localeOf } from '@/lib/i18n/format';
import type { CompetitionCriterion } from '@/lib/api/schema-types';

type Titled = { titleAr?: string | null; titleFr?: string | null };

/** A title pair (Arabic, French) as a named record, for `fmt.name`. */
export function titleOf(record: Titled) {
  return { nameAr: record.titleAr, nameFr: record.titleFr };
}

type CooperativeNamed = { cooperativeNameAr?: string | null; cooperativeNameFr?: string | null };

export function cooperativeOf(record: CooperativeNamed) {
  return { nameAr: record.cooperativeNameAr, nameFr: record.cooperativeNameFr };
}

/**
 * Σ score × weight / 100 (0–10), the rule the server applies to a sheet; criteria not scored yet count as 0.
 * Rounded to two decimals.
 */
export function weightedTotal(
  criteria: readonly Pick<CompetitionCriterion, 'key' | 'weight'>[],
  scores: Record<string, number | string | null | undefined>,
): number {
  let sum = 0;
  for (const c of criteria) {
    const raw = scores[c.key];
    const score = raw === '' || raw === null || raw === undefined ? 0 : Number(raw);
    if (Number.isFinite(score)) sum += score * c.weight;
  }
  return Math.round(sum) / 100;
}

/** A score (0–10) with at most two decimals, Western digits, in the UI language's style. */
export function formatScore(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { numberingSystem: 'latn', maximumFractionDigits: 2 }).format(value);
}

/** An amount in dirhams, Western digits. */
export function formatMad(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), {
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
  return new Intl.DateTimeFormat(localeOf(language), {
    numberingSystem: 'latn',
    dateStyle: 'medium',
    timeZone: 'Africa/Casablanca',
  }).format(date);
}

/** "2025-09-30T23:59:00" (Casablanca wall clock, as the API sends it) → "2025-09-30T23:59" for a datetime-local input. */
export function toLocalInput(wallClock: string | null | undefined): string {
  return wallClock ? wallClock.slice(0, 16) : '';
}

/** "2025-09-30T23:59" from a datetime-local input → "2025-09-30T23:59:00", a Casablanca wall-clock time without offset. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  return value.length === 16 ? `${value}:00` : value;
}

/**
 * A Casablanca wall-clock time as the API sends it (no offset), shown as is: the server's time-zone rules decide
 * it, not the browser's.
 */
export function formatWallClock(value: string | null | undefined, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value ?? '');
  if (!m) return value ?? '';
  const [, y, mo, d, h, mi] = m.map(Number);
  return new Intl.DateTimeFormat(localeOf(language), {
    numberingSystem: 'latn',
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!)));
}

/** The cooperative picker's search texts in the idea bank. */
export function pickerTexts(t: TFunction) {
  return { search: t('bank.picker.searchCooperative'), hint: t('bank.picker.searchHint'), noMatch: t('bank.picker.noMatch') };
}
