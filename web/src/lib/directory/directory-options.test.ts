import { describe, expect, it } from 'vitest';
import { mergeOptions } from '@/lib/directory/directory-options';

describe('directory options', () => {
  const found = [
    { value: 'b', label: 'Banque — BP' },
    { value: 'c', label: 'Caisse' },
  ];

  it('lists the chosen records first under their known label, then the others found, each once', () => {
    expect(mergeOptions(['a', 'b'], { a: 'Agence', b: 'Banque' }, found)).toEqual([
      { value: 'a', label: 'Agence' },
      { value: 'b', label: 'Banque' },
      { value: 'c', label: 'Caisse' },
    ]);
  });

  it('names a chosen record without a known label as found, else by its id', () => {
    expect(mergeOptions(['b', 'z', 'z'], {}, found)).toEqual([
      { value: 'b', label: 'Banque — BP' },
      { value: 'z', label: 'z' },
      { value: 'c', label: 'Caisse' },
    ]);
  });
});
