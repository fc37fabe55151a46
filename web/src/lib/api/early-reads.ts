/**
 * Reads that index.html's inline script started before the app's code arrived (issue 16): the first screen's API
 * requests and the active language's catalogue, fetched while the JavaScript still downloads instead of after it.
 * The script keeps each pending response under its same-origin path (with the query); the app takes it, once, when
 * it asks for the same path, and fetches anew if the early request failed.
 */
declare global {
  interface Window {
    __coophubEarly?: Record<string, Promise<Response>>;
  }
}

// What index.html started, noted before the app takes any: the service worker, once it controls the page, asks for
// them again so that this first page opens offline too (an early read went to the network before the worker was there).
const started = typeof window !== 'undefined' ? Object.keys(window.__coophubEarly ?? {}) : [];

/** The paths (with their query) index.html's script fetched early, taken or not. */
export function earlyReadPaths(): string[] {
  return [...started];
}

function earlyKey(url: string, method: string): string | undefined {
  if (method !== 'GET' || typeof window === 'undefined' || !window.__coophubEarly) return undefined;
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.origin === window.location.origin ? parsed.pathname + parsed.search : undefined;
  } catch {
    return undefined;
  }
}

/** Whether index.html's script started this GET (and the app has not taken it yet): it left as the page loaded. */
export function hasEarlyRead(url: string, method = 'GET'): boolean {
  const key = earlyKey(url, method);
  return key !== undefined && window.__coophubEarly?.[key] !== undefined;
}

/** The early response for a GET of `url` (absolute or a same-origin path), removed from the list; else undefined. */
export function takeEarlyRead(url: string, method = 'GET'): Promise<Response> | undefined {
  const key = earlyKey(url, method);
  const early = key === undefined ? undefined : window.__coophubEarly?.[key];
  if (key === undefined || !early) return undefined;
  delete window.__coophubEarly![key];
  return early;
}

/** fetch, served by the early read of the same GET when there is one (a failed early read is fetched again). */
export function fetchWithEarlyReads(input: Request): Promise<Response> {
  const early = takeEarlyRead(input.url, input.method);
  if (!early) return globalThis.fetch(input);
  return early.catch(() => globalThis.fetch(input));
}
