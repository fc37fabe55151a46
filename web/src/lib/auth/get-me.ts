import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { Me } from '@/lib/api/schema-types';
import { clearSessionHint, hasSessionHint } from '@/lib/auth/session-hint';
import { forgetCachedReads } from '@/lib/offline/cached-reads';

/**
 * The signed-in caller, or null when anonymous. Without the session hint (no sign-in in this browser since the last
 * sign-out or 401) the visitor is anonymous and the server is not asked; a 401 clears the hint.
 */
export async function getMe(): Promise<Me | null> {
  if (!hasSessionHint()) return null;
  const { data, error, response } = await api.GET('/api/v1/auth/me');
  if (response.status === 401) {
    clearSessionHint();
    void forgetCachedReads();
    return null;
  }
  if (error !== undefined || !data) throw new ApiError(response.status, error as Problem | undefined);
  return data;
}

export const meQueryKey = ['auth', 'me'] as const;

// Without the session hint the answer is known at once (anonymous): it is the query's first data, so the menu, the
// header and the page render once instead of once pending and again when an empty promise settles (issue 16: each
// such render of the whole shell was a long task on a slow phone).
export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: 5 * 60_000,
    retry: false,
    initialData: () => (hasSessionHint() ? undefined : null),
  });

export function useMe() {
  return useQuery(getMeQueryOptions());
}
