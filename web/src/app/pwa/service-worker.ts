import { earlyReadPaths } from '@/lib/api/early-reads';
import { rememberedReads } from '@/lib/offline/cached-reads';

/**
 * Registers the service worker (dist/sw.js, built by vite-plugin-pwa from build/pwa.ts; ADR 0019) from the app's own
 * bundle, so no inline script needs a place in the CSP. A new version waits until the person chooses to reload
 * (registerType 'prompt'): the open page is never swapped under them.
 */

type Listener = () => void;
const listeners = new Set<Listener>();
let needRefresh = false;
let update: (() => Promise<void>) | null = null;

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a new version is installed and waiting for the person's reload. */
export function updateWaiting(): boolean {
  return needRefresh;
}

/** Marks a new version as waiting (the service worker said so) with what makes it take over. */
export function announceUpdate(apply: () => Promise<void>): void {
  update = apply;
  needRefresh = true;
  listeners.forEach((l) => l());
}

/** The new version takes over and the page reloads once it controls it. */
export async function applyUpdate(): Promise<void> {
  if (update) await update();
  else window.location.reload();
}

/**
 * Same-origin URLs the page fetched before the service worker controlled it (the first visit): the hashed files
 * (the first screen's chunks, the language catalogue) and the API reads. Asking for them again through the worker
 * puts them in its caches, so the first page opens offline too; the hashed files come from the browser's HTTP cache,
 * not the network.
 */
export function loadedBeforeControl(resources: readonly { name: string }[], reads: readonly string[], origin: string): string[] {
  const urls = new Set<string>();
  for (const { name } of resources) {
    const url = new URL(name, origin);
    if (url.origin === origin && url.pathname.startsWith('/assets/')) urls.add(url.href);
  }
  for (const read of reads) {
    const url = new URL(read, origin);
    if (url.origin === origin && url.pathname.startsWith('/api/v1/') && !url.pathname.startsWith('/api/v1/auth/')) urls.add(url.href);
  }
  return [...urls];
}

async function warmCaches(): Promise<void> {
  // The reads index.html started early too: they reached the network before the worker controlled the page.
  const reads = [...rememberedReads(), ...earlyReadPaths()];
  const urls = loadedBeforeControl(performance.getEntriesByType('resource'), reads, window.location.origin);
  for (const url of urls) {
    try {
      await fetch(url, { credentials: 'same-origin' });
    } catch {
      // offline already: what is not cached now will be the next time
    }
  }
}

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const container = navigator.serviceWorker;
  if (!container.controller) container.addEventListener('controllerchange', () => void warmCaches(), { once: true });
  const skipWaiting = registerSW({
    onNeedRefresh: () =>
      announceUpdate(async () => {
        // workbox-window reloads on its own only when this page was controlled when it registered; a page that was
        // installed in this same visit needs the reload too.
        container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        await skipWaiting();
      }),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // A page left open for days still hears of a new version: ask each hour and when the connection comes back.
      const check = () => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      };
      window.setInterval(check, 60 * 60 * 1000);
      window.addEventListener('online', check);
    },
  });
}
