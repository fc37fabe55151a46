import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Partner-directory organisations matching a search (network members, program partners, event venues). */
export async function searchOrganisations(q: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/organisations', { params: { query: { q, pageSize: 10 } }, signal }));
}

export const searchOrganisationsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['organisations', 'list', { q, pageSize: 10, purpose: 'picker' }],
    queryFn: ({ signal }) => searchOrganisations(q, signal),
    enabled: q.trim().length >= 2,
  });

export function useOrganisationSearch(q: string) {
  return useQuery(searchOrganisationsQueryOptions(q));
}
