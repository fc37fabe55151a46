import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';

export async function getUser(id: string, signal?: AbortSignal) {
  const result = await api.GET('/api/v1/users/{id}', { params: { path: { id } }, signal });
  return { user: unwrap(result), etag: etagOf(result) };
}

export const userQueryKey = (id: string) => ['users', 'detail', id] as const;

export const getUserQueryOptions = (id: string) =>
  queryOptions({ queryKey: userQueryKey(id), queryFn: ({ signal }) => getUser(id, signal) });

export function useUser(id: string) {
  return useQuery(getUserQueryOptions(id));
}
