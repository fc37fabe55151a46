import { describe, expect, it } from 'vitest';
import { assignment, competition } from '@/testing/bank-fixtures';
import { sheetCommandFrom, sheetValuesFrom } from '@/features/bank/components/score-sheet-form-values';

describe('score sheet form values', () => {
  it('a stored sheet read and sent back unchanged keeps one score per criterion, in the competition order', () => {
    const sheet = assignment.mySheets[0];
    const command = sheetCommandFrom(competition.criteria, sheetValuesFrom(competition.criteria, sheet));
    expect(command.scores).toEqual(competition.criteria.map((c) => ({ criterion: c.key, score: 6 })));
    expect(command.comment).toBeNull();
  });

  it('a new sheet starts empty; a blank comment is sent as null', () => {
    const values = sheetValuesFrom(competition.criteria, undefined);
    expect(Object.values(values.scores)).toEqual(['', '', '']);
    expect(sheetCommandFrom(competition.criteria, { ...values, comment: ' Solide ' }).comment).toBe('Solide');
  });
});
