import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComboboxParsedItem } from '@mantine/core';
import { fold, foldFilter, foldedMatch } from '@/lib/search/fold';

const sectors: ComboboxParsedItem[] = [
  { value: 'argan', label: 'الأركان' },
  { value: 'eco_tourism', label: 'السياحة القروية والبيئية' },
  { value: 'traditional_fishing', label: 'الصيد التقليدي' },
  { value: 'education_training', label: 'Éducation et formation' },
];

const values = (search: string, options = sectors) =>
  foldFilter({ options, search, limit: 100 }).flatMap((o) => ('group' in o ? o.items.map((i) => i.value) : [o.value]));

describe('search folding', () => {
  it('folds like the server: hamza forms, alef maqsura, taa marbuta, harakat, tatweel, accents and case', () => {
    expect(fold('الأَرْكان')).toBe('الاركان');
    expect(fold('إسلام آسفي مستشفى')).toBe('اسلام اسفي مستشفي');
    expect(fold('الصيـــدلية')).toBe('الصيدليه');
    expect(fold('  Éducation   ŒUVRE ')).toBe('education oeuvre');
  });

  it.each([
    ['اركان', ['argan']],
    ['أركان', ['argan']],
    ['الأركان', ['argan']],
    ['السياحة البيئية', ['eco_tourism']],
    ['سياحي', ['eco_tourism']],
    ['للصيد', ['traditional_fishing']],
    ['education', ['education_training']],
    ['FORMATION', ['education_training']],
    ['تجفيف', []],
  ])('the picker finds %s', (search, expected) => {
    expect(values(search)).toEqual(expected);
  });

  it('keeps every option for an empty search and filters inside groups', () => {
    expect(values('  ')).toHaveLength(sectors.length);
    const grouped: ComboboxParsedItem[] = [{ group: 'A', items: [{ value: 'argan', label: 'أركان' }, { value: 'x', label: 'Autre' }] }];
    expect(foldFilter({ options: grouped, search: 'اركان', limit: 10 })).toEqual([{ group: 'A', items: [{ value: 'argan', label: 'أركان' }] }]);
    expect(foldedMatch('Tourisme rural', 'rur tour')).toBe(true);
  });

  it('is used by every searchable select whose options are in the page', () => {
    // A bare `searchable` prop would bring back Mantine's own filter (no folding, no "nothing found").
    const bare: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.tsx') && !path.endsWith('directory-select.tsx') && /^\s*searchable\s*$/m.test(readFileSync(path, 'utf8'))) bare.push(path);
      }
    };
    walk(join(process.cwd(), 'src'));
    expect(bare).toEqual([]);
  });
});
