import { describe, expect, it } from 'vitest';
import { idea } from '@/testing/bank-fixtures';
import { emptyIdea, ideaCommandFrom, ideaValuesFrom } from '@/features/bank/components/idea-form-values';

describe('idea form values', () => {
  it('an idea read and sent back unchanged keeps its cooperative, titles, sectors and regions', () => {
    const command = ideaCommandFrom(ideaValuesFrom(idea));
    expect(command.cooperativeId).toBe(idea.cooperativeId ?? null);
    expect(command.titleFr).toBe(idea.titleFr ?? null);
    expect(command.sectors).toEqual(idea.sectors);
    expect(command.regions).toEqual(idea.regions);
  });

  it('blank titles are sent as null and the texts trimmed', () => {
    const command = ideaCommandFrom({ ...emptyIdea, titleAr: '  ', problem: ' Water ', solution: ' Drip ' });
    expect(command.titleAr).toBeNull();
    expect(command.problem).toBe('Water');
    expect(command.solution).toBe('Drip');
  });
});
