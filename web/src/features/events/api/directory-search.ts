import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Cooperatives of the registry matching a search, to register one for an event. */
export async function searchCooperatives(q: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/cooperatives', { params: { query: { q, pageSize: 10 } }, signal }));
}

export function useCooperativeSearch(q: string) {
  return useQuery(
    queryOptions({
      queryKey: ['cooperatives', 'list', { q, pageSize: 10, purpose: 'event-registration' }],
      queryFn: ({ signal }) => searchCooperatives(q, signal),
      enabled: q.trim().length >= 2,
    }),
  );
}

/** The registry records of the cooperatives a manager is bound to (for their names). */
export function useCooperativeSummaries(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) =>
      queryOptions({
        queryKey: ['cooperatives', 'detail', id, 'summary'],
        queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/cooperatives/{id}', { params: { path: { id } }, signal })),
        staleTime: 5 * 60_000,
      }),
    ),
  });
}

/** Partner-directory organisations matching a search (venue, organisers, partners). */
export function useOrganisationSearch(q: string) {
  return useQuery(
    queryOptions({
      queryKey: ['organisations', 'list', { q, pageSize: 10, purpose: 'event-form' }],
      queryFn: async ({ signal }) =>
        unwrap(await api.GET('/api/v1/organisations', { params: { query: { q, pageSize: 10 } }, signal })),
      enabled: q.trim().length >= 2,
    }),
  );
}

/** Programs matching a search (code or name), to link an event to one. */
export function useProgramSearch(q: string) {
  return useQuery(
    queryOptions({
      queryKey: ['programs', 'list', { q, pageSize: 10, purpose: 'event-form' }],
      queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/programs', { params: { query: { q, pageSize: 10 } }, signal })),
      enabled: q.trim().length >= 1,
    }),
  );
}

/** Networks matching a search, for events open to a network's members. */
export function useNetworkSearch(q: string) {
  return useQuery(
    queryOptions({
      queryKey: ['networks', 'list', { q, pageSize: 10, purpose: 'event-form' }],
      queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/networks', { params: { query: { q, pageSize: 10 } }, signal })),
      enabled: q.trim().length >= 2,
    }),
  );
}
