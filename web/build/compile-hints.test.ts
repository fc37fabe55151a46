import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from './compile-hints';

/** A real build of a small app: an entry, a module it imports, a screen it loads lazily. */
async function buildApp() {
  const root = mkdtempSync(join(tmpdir(), 'coophub-hints-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>');
  writeFileSync(join(root, 'main.js'), "import { shell } from './shell.js';\nshell();\ndocument.onclick = () => import('./screen.js');\n");
  writeFileSync(join(root, 'shell.js'), "export function shell() {\n  document.title = 'shell';\n}\n");
  writeFileSync(join(root, 'screen.js'), "export function screen() {\n  return 'screen';\n}\n");
  const result = (await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [compileHints()],
    build: { write: false, sourcemap: true, minify: false, rollupOptions: { output: { manualChunks: (id: string) => (id.endsWith('shell.js') ? 'shell' : undefined) } } },
  })) as Rollup.RollupOutput;
  return result.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
}

describe('compile hints (issue 16)', () => {
  it('mark the entry and what it imports statically on their first line, not a lazily loaded screen, and keep the source maps true', async () => {
    const chunks = await buildApp();
    const named = (part: string) => chunks.find((c) => c.fileName.includes(part))!;
    const entry = chunks.find((c) => c.isEntry)!;
    const shell = named('shell');
    const screen = named('screen');
    expect(entry.code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(shell.code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(screen.code).not.toContain(COMPILE_HINT);

    // The source map still points `document.title` at line 2 of shell.js.
    const lines = shell.code.split('\n');
    const line = lines.findIndex((l) => l.includes('document.title')) + 1;
    const column = lines[line - 1]!.indexOf('document');
    const original = originalPositionFor(new TraceMap(shell.map! as never), { line, column });
    expect(original.source).toMatch(/shell\.js$/);
    expect(original.line).toBe(2);
  });
});
