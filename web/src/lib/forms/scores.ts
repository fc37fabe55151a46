import type { NumberInputValue } from '@/lib/forms/form-values';

/** A criterion as scored: its key and its weight (the weights of a sheet add up to 100). */
type Weighted = { key: string; weight: number };

/**
 * Σ score × weight / 100 (0–10), the rule the server applies to a review or a jury sheet; criteria not scored yet
 * count as 0. Rounded to two decimals.
 */
export function weightedScore(criteria: readonly Weighted[], scores: Record<string, NumberInputValue | null | undefined>): number {
  let sum = 0;
  for (const c of criteria) {
    const raw = scores[c.key];
    const score = raw === '' || raw === null || raw === undefined ? 0 : Number(raw);
    if (Number.isFinite(score)) sum += score * c.weight;
  }
  return Math.round(sum) / 100;
}

/** The rule of one score input: required, a whole number from 0 to 10; the messages are the feature's. */
export function scoreRule(messages: { required: string; range: string }) {
  return (v: NumberInputValue | null | undefined): string | null =>
    v === '' || v === null || v === undefined
      ? messages.required
      : Number(v) < 0 || Number(v) > 10 || !Number.isInteger(Number(v))
        ? messages.range
        : null;
}
