import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * Writes `file.br` (Brotli, best quality) and `file.gz` beside every text file of the build, so the server sends
 * the smallest copy the browser accepts without compressing on each request (ADR 0018). A copy that would not be
 * smaller is not written.
 */
export function precompress(outDir = 'dist'): Plugin {
  return {
    name: 'coophub-precompress',
    apply: 'build',
    // After vite-plugin-pwa has written sw.js and the manifest (its closeBundle runs in the normal order).
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        compressAll(outDir);
      },
    },
  };
}

function compressAll(outDir: string) {
  for (const path of filesUnder(outDir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const raw = readFileSync(path);
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
  }
}

/**
 * Moves the built stylesheet links from the head to the end of the body: Chromium then paints the inline shell
 * (brand, progress, in the right language) before the stylesheet arrives, instead of a blank page, and the app's
 * scripts still run only after it (ADR 0018).
 */
export function stylesAfterShell(): Plugin {
  return {
    name: 'coophub-styles-after-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
        let out = html;
        for (const link of links) out = out.replace(link, '');
        return out.replace('</body>', `${links.map((l) => `  ${l}\n`).join('')}  </body>`);
      },
    },
  };
}
