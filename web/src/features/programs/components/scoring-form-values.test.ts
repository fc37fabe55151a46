import { describe, expect, it } from 'vitest';
import { call } from '@/testing/program-fixtures';
import { scoringCommandFrom, scoringValuesFrom } from '@/features/programs/components/scoring-form-values';

describe('scoring form values', () => {
  it('a new review starts empty and sends one score per criterion of the call, blank comments as null', () => {
    const values = scoringValuesFrom(call, undefined);
    expect(Object.keys(values.scores)).toEqual(call.criteria.map((c) => c.key));
    const first = call.criteria[0]!.key;
    const command = scoringCommandFrom(call, {
      ...values,
      scores: Object.fromEntries(call.criteria.map((c) => [c.key, '7'])),
      comments: { ...values.comments, [first]: ' Pertinent ' },
    });
    const scores = command.scores ?? [];
    expect(scores.map((s) => s.criterion)).toEqual(call.criteria.map((c) => c.key));
    expect(scores.every((s) => s.score === 7)).toBe(true);
    expect(scores[0]!.comment).toBe('Pertinent');
    expect(scores[1]!.comment).toBeNull();
    expect(command.comment).toBeNull();
  });
});
