import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { readWithSavedCopy, type ReadFetch } from '@/lib/offline/saved-copy';
import type { NetworkScope } from '@/lib/api/schema-types';

export type NetworkFilters = { q?: string; scope?: string; region?: string; sector?: string; page?: number };

export const NETWORKS_PAGE_SIZE = 20;

export async function getNetworks(f: NetworkFilters, signal?: AbortSignal, fetch?: ReadFetch) {
  const query = {
    q: f.q || undefined,
    scope: (f.scope || undefined) as NetworkScope | undefined,
    region: f.region || undefined,
    sector: f.sector || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: NETWORKS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/v1/networks', { params: { query }, signal, ...(fetch && { fetch }) }));
}

export const getNetworksQueryOptions = (filters: NetworkFilters) =>
  queryOptions({
    queryKey: ['networks', 'list', filters],
    // Coming back on a weak link, the list saved at her last visit shows while the answer is slow (lib/offline/saved-copy.ts).
    queryFn: (context) => readWithSavedCopy(context, (fetch) => getNetworks(filters, context.signal, fetch)),
    placeholderData: keepPreviousData,
  });

export function useNetworks(filters: NetworkFilters) {
  return useQuery(getNetworksQueryOptions(filters));
}
