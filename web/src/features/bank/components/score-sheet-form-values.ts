import type { CompetitionCriterion, ScoreEntryCommand, ScoreSheet } from '@/lib/api/schema-types';
import { blank, type NumberInputValue } from '@/lib/forms/form-values';

/** Mapping between a juror's sheet as the API reads and takes it and the values of the score sheet form (pure). */
export type SheetValues = { scores: Record<string, NumberInputValue>; comment: string };

export function sheetValuesFrom(criteria: readonly CompetitionCriterion[], sheet: ScoreSheet | undefined): SheetValues {
  const given = Object.fromEntries((sheet?.scores ?? []).map((s) => [s.criterion, s.score]));
  return {
    scores: Object.fromEntries(criteria.map((c) => [c.key, given[c.key] ?? ''])),
    comment: sheet?.comment ?? '',
  };
}

/** The sheet as the API takes it: one score per criterion of the competition, in its order. */
export function sheetCommandFrom(criteria: readonly CompetitionCriterion[], v: SheetValues): ScoreEntryCommand {
  return {
    scores: criteria.map((c) => ({ criterion: c.key, score: Number(v.scores[c.key]) })),
    comment: blank(v.comment),
  };
}
