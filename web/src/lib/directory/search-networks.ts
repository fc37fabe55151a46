import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Networks matching a search, e.g. for events open to a network's members. */
export async function searchNetworks(q: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/networks', { params: { query: { q, pageSize: 10 } }, signal }));
}

export const searchNetworksQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['networks', 'list', { q, pageSize: 10, purpose: 'picker' }],
    queryFn: ({ signal }) => searchNetworks(q, signal),
    enabled: q.trim().length >= 2,
  });

export function useNetworkSearch(q: string) {
  return useQuery(searchNetworksQueryOptions(q));
}
