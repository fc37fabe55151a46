import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { scoreErrorsFrom, scoreRule, weightedScore } from '@/lib/forms/scores';

describe('scores', () => {
  const criteria = [
    { key: 'relevance', weight: 30 },
    { key: 'viability', weight: 70 },
  ];

  it('weighs each score (Σ score × weight / 100), unscored criteria counting as 0', () => {
    expect(weightedScore(criteria, { relevance: 8, viability: '7' })).toBe(7.3);
    expect(weightedScore(criteria, { relevance: 9, viability: '' })).toBe(2.7);
    expect(weightedScore(criteria, {})).toBe(0);
  });

  it('a score is required and a whole number from 0 to 10', () => {
    const rule = scoreRule({ required: 'required', range: 'range' });
    expect(rule('')).toBe('required');
    expect(rule(11)).toBe('range');
    expect(rule(7.5)).toBe('range');
    expect(rule(-1)).toBe('range');
    expect(rule(0)).toBeNull();
    expect(rule('10')).toBeNull();
  });

  it("puts the server's error on a sent score on that criterion's field", () => {
    const error = new ApiError(400, {
      errors: { 'scores[1].score': ['Out of range.'], 'scores[0].comment': ['Too long.'], comment: ['Too long.'] },
    });
    expect(scoreErrorsFrom(error, criteria)).toEqual({
      'scores.viability': 'Out of range.',
      'comments.relevance': 'Too long.',
      comment: 'Too long.',
    });
  });
});
