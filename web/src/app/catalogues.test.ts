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

/** The app's source files, tests aside. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry) && !entry.includes('.test.')) files.push(path);
    }
  };
  walk(join(process.cwd(), 'src'));
  return files;
}
const files = sourceFiles();
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
    const known = base(en);
    const used = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });

  // A feature's own catalogue is fetched with its screens (catalogue-loader.ts): a word of it on another feature's
  // screen, or in the menu, would show as its raw key on a first visit. The two files below speak with the documents
  // feature; every screen that shows them loads its catalogue (routes.tsx: the claim page; the vault's upload form).
  it("a feature's own catalogue is spoken only by its screens (and the documents file picker's)", () => {
    const allowed: Record<string, string[]> = { documents: ['src/components/file-picker.tsx', 'src/features/claims/routes/claim-route.tsx'] };
    const strays: string[] = [];
    for (const file of files) {
      const relative = file.slice(process.cwd().length + 1).replaceAll('\\', '/');
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['`](events|bank|documents|claims|programs|networks|webhooks)\./g)) {
        const feature = m[1]!;
        if (!relative.startsWith(`src/features/${feature}/`) && !allowed[feature]?.includes(relative)) strays.push(`${relative}: ${feature}`);
      }
    }
    expect([...new Set(strays)]).toEqual([]);
  });
});
