import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Accounts matching an e-mail search, to pick a juror (administrators only: others paste an id). */
export async function searchUsers(q: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/users', { params: { query: { q: q || undefined, pageSize: 20 } }, signal }));
}

export const searchUsersQueryOptions = (q: string, enabled: boolean) =>
  queryOptions({
    queryKey: ['users', 'list', { q, pageSize: 20, purpose: 'juror-picker' }],
    queryFn: ({ signal }) => searchUsers(q, signal),
    enabled,
  });

export function useUserSearch(q: string, enabled: boolean) {
  return useQuery(searchUsersQueryOptions(q, enabled));
}
