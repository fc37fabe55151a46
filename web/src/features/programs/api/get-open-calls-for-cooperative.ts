import { queryOptions, useQueries } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The calls open now with, for each, whether the cooperative is eligible, why not, and its application if any. */
export async function getOpenCallsForCooperative(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/cooperatives/{id}/open-calls', { params: { path: { id } }, signal }));
}

export const getOpenCallsForCooperativeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['cooperatives', 'detail', id, 'open-calls'],
    queryFn: ({ signal }) => getOpenCallsForCooperative(id, signal),
  });

/** The open calls of each of the given cooperatives (a coop manager's own). */
export function useOpenCallsForCooperatives(ids: readonly string[]) {
  return useQueries({ queries: ids.map((id) => getOpenCallsForCooperativeQueryOptions(id)) });
}
