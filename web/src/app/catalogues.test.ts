import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues as merged } from '@/app/catalogues';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
const base = (catalogue: object) => new Set(keys(catalogue).map((k) => k.replace(PLURAL, '')));

const { ar, fr, en } = merged;
const catalogues = { ar, fr, en } as const;

describe('translation catalogues', () => {
  for (const [name, catalogue] of Object.entries(catalogues)) {
    for (const [otherName, other] of Object.entries(catalogues)) {
      if (name === otherName) continue;
      it(`every key of ${name} exists in ${otherName}`, () => {
        const missing = [...base(catalogue)].filter((k) => !base(other).has(k));
        expect(missing, `missing in ${otherName}`).toEqual([]);
      });
    }
  }

  it('Arabic plural keys have all six Arabic plural forms', () => {
    const plural = keys(ar).filter((k) => PLURAL.test(k));
    const stems = new Set(plural.map((k) => k.replace(PLURAL, '')));
    for (const stem of stems) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(plural).toContain(`${stem}_${form}`);
    }
  });

  it('every literal key used in the source exists in the English catalogue', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry) && !entry.includes('.test.')) files.push(path);
      }
    };
    walk(join(process.cwd(), 'src'));
    const known = base(en);
    const used = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
