import type { CallDetails, ReviewDetails, ScoreApplicationCommand } from '@/lib/api/schema-types';
import { blank, type NumberInputValue } from '@/lib/forms/form-values';

/** Mapping between a reviewer's scores as the API reads and takes them and the values of the scoring form (pure). */
export type ScoringValues = {
  scores: Record<string, NumberInputValue>;
  comments: Record<string, string>;
  comment: string;
};

export function scoringValuesFrom(call: CallDetails, review: ReviewDetails | undefined): ScoringValues {
  const given = Object.fromEntries((review?.scores ?? []).map((s) => [s.criterion, s]));
  return {
    scores: Object.fromEntries(call.criteria.map((c) => [c.key, given[c.key]?.score ?? ''])),
    comments: Object.fromEntries(call.criteria.map((c) => [c.key, given[c.key]?.comment ?? ''])),
    comment: review?.comment ?? '',
  };
}

/** The scores as the API takes them: one per criterion of the call, in its order, blank comments as null. */
export function scoringCommandFrom(call: CallDetails, v: ScoringValues): ScoreApplicationCommand {
  return {
    scores: call.criteria.map((c) => ({
      criterion: c.key,
      score: Number(v.scores[c.key]),
      comment: blank(v.comments[c.key] ?? ''),
    })),
    comment: blank(v.comment),
  };
}
