import { localeOf } from '@/lib/i18n/format';
import type { CallDetails, EvaluationCriterion } from '@/lib/api/schema-types';

type Titled = Pick<CallDetails, 'titleAr' | 'titleFr' | 'titleEn'>;
type Described = Pick<CallDetails, 'descriptionAr' | 'descriptionFr' | 'descriptionEn'>;

/** The call's title as a named record, for `fmt.name`. */
export function titleOf(call: Titled) {
  return { nameAr: call.titleAr, nameFr: call.titleFr, nameEn: call.titleEn };
}

export function descriptionOf(call: Described) {
  return { nameAr: call.descriptionAr, nameFr: call.descriptionFr, nameEn: call.descriptionEn };
}

export type CallPhase = 'open' | 'upcoming' | 'closed';

/** Whether the call accepts applications now, has not opened yet, or has closed. */
export function phaseOf(call: Pick<CallDetails, 'isOpen' | 'opensAtUtc'>, now: Date = new Date()): CallPhase {
  if (call.isOpen) return 'open';
  return new Date(call.opensAtUtc).getTime() > now.getTime() ? 'upcoming' : 'closed';
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

/** Σ score × weight / 100 (0–10): the weighted score of one review, unscored criteria counting as 0. */
export function weightedScore(criteria: readonly EvaluationCriterion[], scores: Record<string, number | string | null | undefined>): number {
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

/**
 * A Casablanca wall-clock time as the API sends it ("2025-09-30T23:59:00", no offset), shown as is: the server's
 * time-zone rules decide it, not the browser's (some browsers' ICU data still put Morocco at UTC+0).
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
