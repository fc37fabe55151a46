import type { Me } from '@/lib/api/schema-types';
import { http } from '@/testing/http';
import { server } from '@/testing/server';

/** The test's caller: /auth/me answers this account (by default it answers 401, an anonymous visitor). */
export function signedInAs(me: Me) {
  server.use(http.get('/api/v1/auth/me', ({ response }) => response(200).json(me)));
}
