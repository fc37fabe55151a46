import { describe, expect, it } from 'vitest';
import { competition } from '@/testing/bank-fixtures';
import {
  competitionCommandFromValues,
  competitionValuesFrom,
  emptyCompetition,
} from '@/features/bank/components/competition-form-values';

describe('competition form values', () => {
  it('a competition read and sent back unchanged keeps its titles, links and criteria', () => {
    const command = competitionCommandFromValues(competitionValuesFrom(competition));
    expect(command.titleFr).toBe(competition.titleFr ?? null);
    expect(command.eventId).toBe(competition.eventId ?? null);
    expect(command.programId).toBe(competition.programId ?? null);
    expect(command.criteria).toHaveLength(competition.criteria.length);
  });

  it('blank texts are sent as null', () => {
    const command = competitionCommandFromValues({ ...emptyCompetition, titleFr: ' Ideathon ', description: ' ' });
    expect(command.titleFr).toBe('Ideathon');
    expect(command.description).toBeNull();
  });
});
