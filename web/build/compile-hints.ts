import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 and later): compile every function of the file eagerly, on the background
 * thread that already compiles the streamed script, instead of lazily on the main thread the first time each is
 * called. Other engines read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

type Chunkish = { type: 'chunk' | 'asset'; isEntry?: boolean; imports?: string[] };

/** The chunks a page runs before its first screen: the entry chunks and what they import statically. */
export function startupChunks(bundle: Record<string, Chunkish>): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (!chunk || chunk.type !== 'chunk' || found.has(name)) return;
    found.add(name);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [name, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(name);
  return found;
}

/**
 * Marks the startup chunks with the compile hint (issue 16, ADR 0036): nearly all of their code runs while the first
 * screen renders, and on a slow phone its lazy compilation was main-thread time inside the first renders. The source
 * maps move down one line with the code.
 */
export function compileHints(): Plugin {
  return {
    name: 'coophub-compile-hints',
    apply: 'build',
    // After Vite's own rewrites of the chunks (its list of preloaded dependencies goes first in the file).
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const name of startupChunks(bundle)) {
          const chunk = bundle[name];
          if (chunk?.type !== 'chunk') continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      },
    },
  };
}
