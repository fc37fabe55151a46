import { describe, expect, it } from 'vitest';
import { call } from '@/testing/program-fixtures';
import { callCommandFrom, callValuesFrom, emptyCall, weightsTotal } from '@/features/programs/components/call-form-values';

describe('call form values', () => {
  it('a call read and sent back unchanged keeps its titles, places and criteria', () => {
    const command = callCommandFrom(callValuesFrom(call));
    expect(command.titleFr).toBe(call.titleFr ?? null);
    expect(command.places).toBe(call.places ?? null);
    expect(command.status).toBe(call.status);
  });

  it('an empty form sends blanks and empty numbers as null', () => {
    const command = callCommandFrom({ ...emptyCall, titleFr: ' Appel ', places: '' });
    expect(command.titleFr).toBe('Appel');
    expect(command.titleAr).toBeNull();
    expect(command.places).toBeNull();
  });

  it('weightsTotal adds the weights, an empty weight counting 0', () => {
    expect(weightsTotal([{ weight: 60 }, { weight: '40' }, { weight: '' }] as never)).toBe(100);
  });
});
