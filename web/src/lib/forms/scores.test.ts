import { describe, expect, it } from 'vitest';
import { scoreRule, weightedScore } from '@/lib/forms/scores';

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
});
