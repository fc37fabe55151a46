import { describe, expect, it } from 'vitest';
import { program } from '@/testing/program-fixtures';
import { emptyProgram, programCommandFrom, programValuesFrom } from '@/features/programs/components/program-form-values';

describe('program form values', () => {
  it('a program read and sent back unchanged keeps its code, names and goals', () => {
    const command = programCommandFrom(programValuesFrom(program, (x) => x.organisationId));
    expect(command.code).toBe(program.code ?? null);
    expect(command.nameFr).toBe(program.nameFr ?? null);
    expect(command.goals).toEqual(program.goals);
  });

  it('blank names are sent as null', () => {
    const command = programCommandFrom({ ...emptyProgram, code: ' P-1 ', nameAr: '' });
    expect(command.code).toBe('P-1');
    expect(command.nameAr).toBeNull();
  });
});
