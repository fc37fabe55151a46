import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** One cooperative, to name the cooperatives a manager acts for. */
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

/** Cooperatives matching a search (name or registration number; Arabic-aware), to pick one. */
export async function searchCooperatives(q: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/cooperatives', { params: { query: { q, pageSize: 10 } }, signal }));
}

export const searchCooperativesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['cooperatives', 'list', { q, pageSize: 10, purpose: 'bank-picker' }],
    queryFn: ({ signal }) => searchCooperatives(q, signal),
    enabled: q.trim().length >= 2,
  });

export function useCooperativeSearch(q: string) {
  return useQuery(searchCooperativesQueryOptions(q));
}
