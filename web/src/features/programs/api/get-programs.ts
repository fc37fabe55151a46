import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { readWithSavedCopy, type ReadFetch } from '@/lib/offline/saved-copy';

export type ProgramFilters = { q?: string; region?: string; sector?: string; page?: number };

export const PROGRAMS_PAGE_SIZE = 20;

export async function getPrograms(f: ProgramFilters, signal?: AbortSignal, fetch?: ReadFetch) {
  const query = {
    q: f.q || undefined,
    region: f.region || undefined,
    sector: f.sector || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: PROGRAMS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/v1/programs', { params: { query }, signal, ...(fetch && { fetch }) }));
}

export const getProgramsQueryOptions = (filters: ProgramFilters) =>
  queryOptions({
    queryKey: ['programs', 'list', filters],
    // Coming back on a weak link, the list saved at her last visit shows while the answer is slow (lib/offline/saved-copy.ts).
    queryFn: (context) => readWithSavedCopy(context, (fetch) => getPrograms(filters, context.signal, fetch)),
    placeholderData: keepPreviousData,
  });

export function usePrograms(filters: ProgramFilters) {
  return useQuery(getProgramsQueryOptions(filters));
}
