import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The network's bodies, each with its mandates (past, current and future). */
export async function getNetworkBodies(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/networks/{id}/bodies', { params: { path: { id } }, signal }));
}

export const getNetworkBodiesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['networks', 'detail', id, 'bodies'],
    queryFn: ({ signal }) => getNetworkBodies(id, signal),
  });

export function useNetworkBodies(id: string) {
  return useQuery(getNetworkBodiesQueryOptions(id));
}
