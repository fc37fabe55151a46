import createClient, { type Middleware } from 'openapi-fetch';
import { detectLanguage, i18n, isAppLanguage } from '@/lib/i18n/i18n';
import type { paths } from './schema';
import { fetchWithEarlyReads } from '@/lib/api/early-reads';
import { rememberRead } from '@/lib/offline/cached-reads';
import { freshAfterWriteMiddleware, WRITE_METHODS } from '@/lib/api/fresh-after-write';

const ANTIFORGERY_PATH = '/api/v1/auth/antiforgery';

type Token = { headerName: string; token: string };
let token: Token | null = null;
let pending: Promise<Token> | null = null;
const originals = new WeakMap<Request, Request>();

function baseUrl(): string {
  return typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
}

async function loadToken(): Promise<Token> {
  pending ??= globalThis
    .fetch(`${baseUrl()}${ANTIFORGERY_PATH}`, { credentials: 'same-origin' })
    .then(async (r) => {
      if (!r.ok) throw new Error(`antiforgery ${r.status}`);
      const t = (await r.json()) as Token;
      token = t;
      return t;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** The antiforgery header for a request sent outside this client (an XHR upload that reports its progress). */
export async function antiforgeryHeader(): Promise<Token> {
  return token ?? (await loadToken());
}

/** Forget the antiforgery token (it is bound to the signed-in identity): after sign-in and sign-out. */
export function resetAntiforgeryToken(): void {
  token = null;
}

async function isAntiforgeryFailure(response: Response): Promise<boolean> {
  if (response.status !== 400) return false;
  try {
    const body = (await response.clone().json()) as { code?: string };
    return body.code === 'auth.antiforgery';
  } catch {
    return false;
  }
}

/**
 * Every unsafe request sent with the session cookie carries the antiforgery header
 * (X-CSRF-TOKEN). On a 400 "auth.antiforgery" the token is fetched again and the request
 * retried once.
 */
export const antiforgeryMiddleware: Middleware = {
  async onRequest({ request }) {
    if (!WRITE_METHODS.has(request.method) || request.url.endsWith('/api/v1/auth/sign-in')) return request;
    const t = token ?? (await loadToken());
    request.headers.set(t.headerName, t.token);
    originals.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    const original = originals.get(request);
    if (!original || !(await isAntiforgeryFailure(response))) return response;
    originals.delete(request);
    token = null;
    const t = await loadToken();
    const retry = new Request(original);
    retry.headers.set(t.headerName, t.token);
    return globalThis.fetch(retry);
  },
};

/** Notes the API reads (GET, not the session's own routes) so the service worker can save the first page's (ADR 0019). */
export const readsMiddleware: Middleware = {
  onRequest({ request }) {
    if (request.method === 'GET' && !new URL(request.url).pathname.startsWith('/api/v1/auth/')) rememberRead(request.url);
    return undefined;
  },
};

/**
 * Every request names the UI language (ADR 0020): the server writes its messages, problem details and the history it
 * renders in that language (a signed-in account's own language comes first, and the language switch updates it).
 */
export const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', isAppLanguage(i18n.language) ? i18n.language : detectLanguage());
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: baseUrl(),
  credentials: 'same-origin',
  // Resolve fetch at call time so test doubles installed later (msw) are used; a read index.html started early is
  // taken instead of asking again (early-reads.ts).
  fetch: (input: Request) => fetchWithEarlyReads(input),
});
api.use(freshAfterWriteMiddleware, languageMiddleware, antiforgeryMiddleware, readsMiddleware);
