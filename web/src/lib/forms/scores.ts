import type { NumberInputValue } from '@/lib/forms/form-values';
import { fieldErrorsOf } from '@/lib/forms/server-errors';

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

/**
 * The server's field errors on a sheet's form: "scores[1].score" names the second criterion sent, so it is put on
 * `scores.<key>` (and "scores[1].comment" on `comments.<key>`); other paths stay as they are.
 */
export function scoreErrorsFrom(error: unknown, criteria: readonly Pick<Weighted, 'key'>[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const m = /^scores\.(\d+)\.(score|comment)$/.exec(path);
    const key = m ? criteria[Number(m[1])]?.key : undefined;
    errors[key ? `${m![2] === 'score' ? 'scores' : 'comments'}.${key}` : path] = message;
  }
  return errors;
}
