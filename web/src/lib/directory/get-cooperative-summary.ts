import { queryOptions, useQueries } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** One cooperative of the registry (its names, for pickers and panels). */
export async function getCooperativeSummary(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/cooperatives/{id}', { params: { path: { id } }, signal }));
}

export const getCooperativeSummaryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['cooperatives', 'detail', id, 'summary'],
    queryFn: ({ signal }) => getCooperativeSummary(id, signal),
    staleTime: 5 * 60_000,
  });

/** The registry records of the given cooperatives (e.g. those a manager is bound to). */
export function useCooperativeSummaries(ids: readonly string[]) {
  return useQueries({ queries: ids.map((id) => getCooperativeSummaryQueryOptions(id)) });
}
