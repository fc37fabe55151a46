/** The service worker's cache of API reads (build/pwa.ts, ADR 0019): a person's pages, to open them offline. */
export const API_READS_CACHE = 'coophub-api';

const MAX_REMEMBERED = 40;
const remembered = new Set<string>();

/**
 * Notes an API read (GET) the app made. Until the service worker controls the page (the first visit) reads go
 * straight to the network and are not cached; once it does, the reads of the first page are asked again through it
 * (see warmCaches), so that page opens offline too.
 */
export function rememberRead(url: string): void {
  if (remembered.size >= MAX_REMEMBERED) return;
  remembered.add(url);
}

export function rememberedReads(): string[] {
  return [...remembered];
}

/**
 * Forgets the saved copies of API reads: after sign-out or when the session ended, so the next person on a shared
 * phone does not open the previous one's pages offline.
 */
export async function forgetCachedReads(): Promise<void> {
  remembered.clear();
  try {
    if (typeof caches !== 'undefined') await caches.delete(API_READS_CACHE);
  } catch {
    // no Cache Storage (an old browser, a private window): nothing was saved
  }
}
