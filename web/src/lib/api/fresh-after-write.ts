import type { Middleware } from 'openapi-fetch';

/** How long after a change of hers has been written the reads ask for a fresh answer (they start at once: this is slack). */
export const FRESH_AFTER_WRITE_MS = 15_000;

/**
 * The header a read right after a write carries. Not `cache: 'no-cache'`: Chromium hands the service worker the reads
 * of a page still loading after a reload as no-cache too, and a reload on a weak link must still get the saved copy.
 */
export const FRESH_READ_HEADER = 'X-CoopHub-Fresh';

/** The methods that change something (the API client's antiforgery header goes with them too). */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let freshUntil = 0;

/** Notes that a change has just been written; the uploads call it for what they send outside the API client (XHR). */
export function noteWrite(now = Date.now()): void {
  freshUntil = now + FRESH_AFTER_WRITE_MS;
}

/** Forgets the last write (tests). */
export function forgetWrites(): void {
  freshUntil = 0;
}

/**
 * The reads that follow a change of hers ask for a fresh answer (`X-CoopHub-Fresh: 1`). After a write, the lists it
 * touched are read again at once; the service worker answers API reads from the network first but falls back on the
 * copy saved at the last visit when the network is slower than its timeout (ADR 0019). Right after her own change,
 * that copy is the list without it: on a weak link she added herself to a jury, or saved a draft, and saw nothing
 * happen. A fresh read is never answered with the saved copy (build/pwa.ts, `freshWhenAsked`): it waits for the
 * server, and fails rather than show the old list (React Query keeps what is on screen and says so).
 * Registered first, so that its onResponse sees the last answer (after the antiforgery retry).
 */
export const freshAfterWriteMiddleware: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' || Date.now() >= freshUntil) return undefined;
    request.headers.set(FRESH_READ_HEADER, '1');
    return request;
  },
  onResponse({ request, response }) {
    if (WRITE_METHODS.has(request.method) && response.ok) noteWrite();
    return undefined;
  },
};
