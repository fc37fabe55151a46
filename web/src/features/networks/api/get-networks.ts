import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { NetworkScope } from '@/lib/api/schema-types';

export type NetworkFilters = { q?: string; scope?: string; region?: string; sector?: string; page?: number };

export const NETWORKS_PAGE_SIZE = 20;

export async function getNetworks(f: NetworkFilters, signal?: AbortSignal) {
  const query = {
    q: f.q || undefined,
    scope: (f.scope || undefined) as NetworkScope | undefined,
    region: f.region || undefined,
    sector: f.sector || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: NETWORKS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/v1/networks', { params: { query }, signal }));
}

export const getNetworksQueryOptions = (filters: NetworkFilters) =>
  queryOptions({
    queryKey: ['networks', 'list', filters],
    queryFn: ({ signal }) => getNetworks(filters, signal),
    placeholderData: keepPreviousData,
  });

export function useNetworks(filters: NetworkFilters) {
  return useQuery(getNetworksQueryOptions(filters));
}
