import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { readWithSavedCopy, type ReadFetch } from '@/lib/offline/saved-copy';
import type { OrganisationKind } from '@/lib/api/schema-types';

export type OrganisationFilters = { q?: string; kind?: string; region?: string; page?: number };

export const ORGANISATIONS_PAGE_SIZE = 20;

export async function getOrganisations(f: OrganisationFilters, signal?: AbortSignal, fetch?: ReadFetch) {
  const query = {
    q: f.q || undefined,
    kind: (f.kind || undefined) as OrganisationKind | undefined,
    region: f.region || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: ORGANISATIONS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/v1/organisations', { params: { query }, signal, ...(fetch && { fetch }) }));
}

export const getOrganisationsQueryOptions = (filters: OrganisationFilters) =>
  queryOptions({
    queryKey: ['organisations', 'list', filters],
    // Coming back on a weak link, the list saved at her last visit shows while the answer is slow (lib/offline/saved-copy.ts).
    queryFn: (context) => readWithSavedCopy(context, (fetch) => getOrganisations(filters, context.signal, fetch)),
    placeholderData: keepPreviousData,
  });

export function useOrganisations(filters: OrganisationFilters) {
  return useQuery(getOrganisationsQueryOptions(filters));
}
