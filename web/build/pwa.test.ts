import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyTheShell, pwaOptions, shellFiles } from './pwa';

const INDEX = `<!doctype html><html><head>
<link rel="icon" type="image/svg+xml" href="/favicon.svg" />
<link rel="apple-touch-icon" href="/icons/apple-touch-icon-180.png" />
<script>(function(){})()</script>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-dom-x1.js">
<link rel="manifest" href="/manifest.webmanifest">
</head><body><div id="root"></div>
<link rel="stylesheet" crossorigin href="/assets/index-def.css">
</body></html>`;

describe('the precached app shell (ADR 0019)', () => {
  it('is index.html and what it names to start: entry, preloaded modules, stylesheet, favicon', () => {
    expect([...shellFiles(INDEX)].sort()).toEqual(
      ['assets/index-abc.js', 'assets/index-def.css', 'assets/react-dom-x1.js', 'favicon.svg', 'index.html'].sort(),
    );
  });

  it('keeps only the shell out of every built file, and warns when the shell names a file the build did not write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coophub-shell-'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    const entry = (url: string) => ({ url, size: 1, revision: null });
    const found = ['index.html', 'assets/index-abc.js', 'assets/index-def.css', 'favicon.svg', 'assets/directory-route-q.js', 'assets/ar-z.js'];
    const { manifest, warnings } = await onlyTheShell(dir)(found.map(entry));
    expect(manifest.map((e) => e.url)).toEqual(['index.html', 'assets/index-abc.js', 'assets/index-def.css', 'favicon.svg']);
    expect(warnings).toEqual(['the shell names files the build did not write: assets/react-dom-x1.js']);
  });
});

describe("the worker's API reads (ADR 0019)", () => {
  type Plugin = {
    cachedResponseWillBeUsed?: (p: { request: Request; cachedResponse?: Response | null }) => Promise<Response | null | undefined>;
  };
  const apiReads = () => {
    const route = pwaOptions(mkdtempSync(join(tmpdir(), 'coophub-sw-'))).workbox!.runtimeCaching!.find((r) => r.options?.cacheName === 'coophub-api')!;
    return { route, plugins: (route.options!.plugins ?? []) as Plugin[] };
  };

  const cached = () =>
    new Response('{"items":[],"total":0}', { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"7"' } });
  /** The cached answer the route's plugins hand the strategy, in order, as Workbox's StrategyHandler.cacheMatch does. */
  async function fromCache(plugins: Plugin[], request: Request, cachedResponse: Response | undefined) {
    let response: Response | undefined = cachedResponse;
    for (const plugin of plugins)
      if (plugin.cachedResponseWillBeUsed) response = (await plugin.cachedResponseWillBeUsed({ request, cachedResponse: response })) || undefined;
    return response;
  }

  it('answers from the network first, and marks an answer from its cache as the saved copy, body and status kept', async () => {
    const { route, plugins } = apiReads();
    expect(route.handler).toBe('NetworkFirst');
    const used = (await fromCache(plugins, new Request('http://x/api/v1/cooperatives'), cached()))!;
    expect(used.headers.get('X-CoopHub-Saved-Copy')).toBe('1');
    expect(used.headers.get('ETag')).toBe('"7"');
    expect(used.status).toBe(200);
    expect(await used.json()).toEqual({ items: [], total: 0 });
    // Nothing in the cache: nothing to mark.
    expect(await fromCache(plugins, new Request('http://x/api/v1/cooperatives'), undefined)).toBeUndefined();
  });

  it('never answers a read that asks for a fresh answer (right after her own change) with its saved copy', async () => {
    const { plugins } = apiReads();
    const fresh = new Request('http://x/api/v1/competitions/1/jurors', { headers: { 'X-CoopHub-Fresh': '1' } });
    expect(await fromCache(plugins, fresh, cached())).toBeUndefined();
    expect(await fromCache(plugins, new Request('http://x/api/v1/competitions/1/jurors'), cached())).toBeInstanceOf(Response);
    // A reload's reads reach the worker as no-cache (Chromium): they still get the saved copy on a weak link.
    const reloaded = new Request('http://x/api/v1/cooperatives', { cache: 'no-cache' });
    expect((await fromCache(plugins, reloaded, cached()))?.headers.get('X-CoopHub-Saved-Copy')).toBe('1');
  });
});
