import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Brand colour of the theme (Mantine teal 9), also the manifest's and index.html's theme-color. */
export const THEME_COLOUR = '#087f5b';

/**
 * The files of the app shell, named by the built index.html itself: its entry script, the modules it preloads, its
 * stylesheets and the favicon. With index.html and the manifest, they are all that is precached (ADR 0019): the
 * install icons are not (the browser keeps its own copy when it installs the app; 31 KB saved on a first visit);
 * the ~190 lazily loaded screens and the language catalogues are cached the first time they are used, so a phone on
 * a slow link does not download the whole app on its first visit.
 */
export function shellFiles(indexHtml: string): Set<string> {
  const files = new Set<string>(['index.html']);
  for (const match of indexHtml.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/([^"]+)"[^>]*>/g)) {
    const tag = match[0];
    const file = match[1]!;
    if (tag.startsWith('<script') || /rel="(?:modulepreload|stylesheet|icon)"/.test(tag)) files.add(file);
  }
  return files;
}

/** A manifest transform that keeps the shell (see shellFiles) out of every file the glob found. */
export function onlyTheShell(outDir: string) {
  return async (entries: { url: string; size: number; revision: string | null }[]) => {
    const shell = shellFiles(readFileSync(join(outDir, 'index.html'), 'utf8'));
    // The manifest is added by vite-plugin-pwa itself.
    const manifest = entries.filter((e) => shell.has(e.url));
    const missing = [...shell].filter((file) => !manifest.some((e) => e.url === file));
    const warnings = missing.length > 0 ? [`the shell names files the build did not write: ${missing.join(', ')}`] : [];
    return { manifest, warnings };
  };
}

/*
 * The runtime routes. Workbox writes these functions into sw.js as text (Function.prototype.toString), so each must
 * stand alone: no closure over this module, arrow functions only.
 */

/** Caches only a complete 200 answer the server did not mark no-store (nor private to a moment: no-cache is fine). */
const storable = {
  cacheWillUpdate: async ({ response }: { response: Response }) =>
    response && response.status === 200 && !/no-store/i.test(response.headers.get('Cache-Control') ?? '') ? response : null,
};

/**
 * A read that asks for a fresh answer (`X-CoopHub-Fresh: 1`: the app's reads right after her own change,
 * src/lib/api/fresh-after-write.ts) is never answered with the saved copy: past the timeout it waits for the network,
 * and offline it fails. The copy saved before her change is the list without it.
 */
const freshWhenAsked = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response | null }) =>
    cachedResponse && request.headers.get('X-CoopHub-Fresh') !== '1' ? cachedResponse : null,
};

/**
 * Marks an answer taken from the cache (offline, or past the network timeout) with X-CoopHub-Saved-Copy, so the page
 * can say its list is the copy saved at the last visit instead of passing it for the server's answer
 * (src/lib/offline/saved-copy.ts).
 */
const markedSavedCopy = {
  cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response | null }) => {
    if (!cachedResponse) return cachedResponse ?? null;
    const headers = new Headers(cachedResponse.headers);
    headers.set('X-CoopHub-Saved-Copy', '1');
    return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};

export function pwaOptions(outDir: string): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    // The app registers the worker from its own bundle (src/app/pwa/service-worker.ts): no inline script, no extra
    // hash in the CSP.
    injectRegister: false,
    strategies: 'generateSW',
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: 'كوب هب CoopHub',
      short_name: 'كوب هب',
      description: 'سجل الاقتصاد الاجتماعي والتضامني بالمغرب: التعاونيات وبرامج الدعم والفعاليات وبنك الأفكار.',
      lang: 'ar',
      dir: 'rtl',
      start_url: '/cooperatives',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      background_color: '#ffffff',
      theme_color: THEME_COLOUR,
      categories: ['business', 'government'],
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      globIgnores: ['licenses/**'],
      manifestTransforms: [onlyTheShell(outDir)],
      // The first install takes the open page at once (its later requests go through the cache); a new version waits
      // for the person's "reload" (registerType 'prompt').
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/health/, /^\/swagger/, /^\/robots\.txt$/, /^\/sitemap\.xml$/, /^\/licenses\//],
      runtimeCaching: [
        {
          // Hashed file names never change: the screens' chunks, the catalogues, the stylesheets.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: {
            cacheName: 'coophub-assets',
            expiration: { maxEntries: 250, maxAgeSeconds: 60 * 60 * 24 * 60, purgeOnQuotaError: true },
            plugins: [storable],
          },
        },
        {
          // Regions, provinces, sectors, legal forms: shipped with the product, the same for everyone.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/api/v1/reference/'),
          handler: 'StaleWhileRevalidate',
          options: {
            cacheName: 'coophub-reference',
            expiration: { maxEntries: 60, maxAgeSeconds: 60 * 60 * 24 * 30, purgeOnQuotaError: true },
            plugins: [storable],
          },
        },
        {
          // The reads a person has seen: the network first (fresh data when there is a connection), the saved copy
          // when it fails or is slower than the timeout. Never sign-in and session routes (auth/*), never a
          // file export (CSV, open data): those are downloads, not pages.
          urlPattern: ({ url, sameOrigin }) =>
            sameOrigin &&
            url.pathname.startsWith('/api/v1/') &&
            !url.pathname.startsWith('/api/v1/auth/') &&
            !url.pathname.startsWith('/api/v1/reference/') &&
            !url.pathname.startsWith('/api/v1/open-data/') &&
            !/(?:\/export|\.csv)$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'coophub-api',
            networkTimeoutSeconds: 4,
            expiration: { maxEntries: 150, maxAgeSeconds: 60 * 60 * 24 * 14, purgeOnQuotaError: true },
            plugins: [storable, freshWhenAsked, markedSavedCopy],
          },
        },
      ],
    },
  };
}
