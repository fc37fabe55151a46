import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { fetchWithEarlyReads, hasEarlyRead } from '@/lib/api/early-reads';
import { FRESH_READ_HEADER } from '@/lib/api/fresh-after-write';
import { API_READS_CACHE } from '@/lib/offline/cached-reads';

/** How long a list waits for the server before it shows the saved copy. */
export const SAVED_COPY_PATIENCE_MS = 1000;

/** The lists now on screen that are the saved copy, not yet the server's answer (their data objects). */
const savedCopies = new WeakSet<object>();

/** Whether a query's data is the copy saved on this phone, shown while the server's answer is on its way. */
export function isSavedCopy(data: unknown): boolean {
  return typeof data === 'object' && data !== null && savedCopies.has(data);
}

/**
 * The service worker's saved copy of this GET (build/pwa.ts, cache `coophub-api`), or undefined. The request itself
 * is matched, headers included, so the copy is in the language asked for (the API answers `Vary: Accept-Language`).
 */
export async function readSavedCopy(request: Request): Promise<unknown> {
  if (typeof caches === 'undefined' || typeof navigator === 'undefined' || !navigator.serviceWorker?.controller) return undefined;
  try {
    const response = await caches.match(request, { cacheName: API_READS_CACHE });
    return response?.ok ? ((await response.json()) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The header the service worker adds to an answer it took from its cache (offline, or when the network did not answer
 * within its timeout; build/pwa.ts): the answer is the saved copy, not the server's.
 */
export const SAVED_COPY_HEADER = 'X-CoopHub-Saved-Copy';

type QueryContext = { client: QueryClient; queryKey: QueryKey };

/** The fetch `readWithSavedCopy` hands a list's read, for its API client call (`api.GET(…, { fetch })`). */
export type ReadFetch = (request: Request) => Promise<Response>;

/**
 * The read of a list a person comes back to (the directory, on a weak link), for its query function: `read` gets the
 * fetch to hand the API client. The request goes out as always (the service worker asks the network first, ADR 0019)
 * and the copy the worker saved at her last visit is read beside it. When the answer takes longer than `patienceMs`
 * (counted from the page's start for a read index.html's script began), the list shows that copy, marked as a saved
 * copy (`isSavedCopy`), and the server's answer replaces it when it comes. When what comes is the worker's copy again
 * (its network timeout), it stays marked. On a good connection the answer comes first and the copy is never shown (no
 * list flashing from old to new). A list already on screen for this query is never replaced by a saved copy, and
 * nothing is read before the worker controls the page (a first visit) nor for a read right after her own change.
 * Before, she waited for the worker's own timeout (4 s), or on a link slow but not dead, for the whole answer, and then
 * could not tell a saved copy from an answer.
 */
export async function readWithSavedCopy<T>(
  { client, queryKey }: QueryContext,
  read: (fetch: ReadFetch) => Promise<T>,
  patienceMs = SAVED_COPY_PATIENCE_MS,
): Promise<T> {
  let answered = false;
  let fromCopy = false;
  let shown: object | undefined;
  const fetch = (request: Request) => {
    // A read that asks for a fresh answer (right after her own change, fresh-after-write.ts) waits for the server.
    const copy = request.headers.has(FRESH_READ_HEADER) ? Promise.resolve(undefined) : readSavedCopy(request.clone());
    // A read index.html's script started has been on its way since the page began to load, not since the app asked.
    const since = hasEarlyRead(request.url, request.method) ? 0 : performance.now();
    const waited = new Promise((resolve) => setTimeout(resolve, Math.max(0, since + patienceMs - performance.now())));
    void Promise.all([copy, waited]).then(([copy]) => {
      if (answered || typeof copy !== 'object' || copy === null || client.getQueryData(queryKey) !== undefined) return;
      shown = copy;
      savedCopies.add(copy);
      client.setQueryData(queryKey, copy);
    });
    return fetchWithEarlyReads(request).then((response) => {
      answered = true;
      fromCopy = response.headers.get(SAVED_COPY_HEADER) === '1';
      // The server answered: what the list shows next is its answer, even when React Query keeps the object on screen
      // because the answer equals it (structural sharing).
      if (response.ok && !fromCopy) {
        if (shown) savedCopies.delete(shown);
        const current = client.getQueryData(queryKey);
        if (typeof current === 'object' && current !== null) savedCopies.delete(current);
      }
      return response;
    });
  };
  const data = await read(fetch);
  if (fromCopy && typeof data === 'object' && data !== null) savedCopies.add(data);
  return data;
}
