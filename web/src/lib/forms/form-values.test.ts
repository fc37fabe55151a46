import { describe, expect, it } from 'vitest';
import { blank, fromLocalInput, num, numInput, toLocalInput } from '@/lib/forms/form-values';

describe('form values', () => {
  it('blank trims text and gives null for an empty or blank input', () => {
    expect(blank('  Tiznit ')).toBe('Tiznit');
    expect(blank('   ')).toBeNull();
    expect(blank('')).toBeNull();
  });

  it('num gives null for an empty number input and a number otherwise (0 stays 0)', () => {
    expect(num('')).toBeNull();
    expect(num(null)).toBeNull();
    expect(num(undefined)).toBeNull();
    expect(num(0)).toBe(0);
    expect(num('12.5')).toBe(12.5);
  });

  it('numInput shows an absent API number as an empty input', () => {
    expect(numInput(null)).toBe('');
    expect(numInput(undefined)).toBe('');
    expect(numInput(0)).toBe(0);
  });

  it('a wall-clock time goes to a datetime-local input without seconds and comes back with them', () => {
    expect(toLocalInput('2025-09-23T11:00:00')).toBe('2025-09-23T11:00');
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('2025-09-23T11:00')).toBe('2025-09-23T11:00:00');
    expect(fromLocalInput('2025-09-23T11:00:30')).toBe('2025-09-23T11:00:30');
    expect(fromLocalInput('')).toBeNull();
  });
});
