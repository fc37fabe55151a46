import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Cooperatives of the registry matching a search (name or registration number; Arabic-aware), to pick one. */
export async function searchCooperatives(q: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/cooperatives', { params: { query: { q, pageSize: 10 } }, signal }));
}

export const searchCooperativesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['cooperatives', 'list', { q, pageSize: 10, purpose: 'picker' }],
    queryFn: ({ signal }) => searchCooperatives(q, signal),
    enabled: q.trim().length >= 2,
  });

export function useCooperativeSearch(q: string) {
  return useQuery(searchCooperativesQueryOptions(q));
}
