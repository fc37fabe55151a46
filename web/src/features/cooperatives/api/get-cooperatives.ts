import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { readWithSavedCopy, type ReadFetch } from '@/lib/offline/saved-copy';

/** The directory's filters as they appear in the page URL (lower-case names, strings). */
export type DirectoryFilters = {
  q?: string;
  region?: string;
  province?: string;
  sector?: string;
  status?: string;
  womenLed?: boolean;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export const DIRECTORY_PAGE_SIZE = 20;

export function toApiQuery(f: DirectoryFilters) {
  return {
    q: f.q || undefined,
    region: f.region || undefined,
    province: f.province || undefined,
    sector: f.sector || undefined,
    status: f.status || undefined,
    womenLed: f.womenLed === true ? true : undefined,
    sort: f.sort || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: f.pageSize ?? DIRECTORY_PAGE_SIZE,
  };
}

export async function getCooperatives(filters: DirectoryFilters, signal?: AbortSignal, fetch?: ReadFetch) {
  return unwrap(await api.GET('/api/v1/cooperatives', { params: { query: toApiQuery(filters) }, signal, ...(fetch && { fetch }) }));
}

export const getCooperativesQueryOptions = (filters: DirectoryFilters) =>
  queryOptions({
    queryKey: ['cooperatives', 'list', filters],
    // A person coming back sees the list saved at her last visit while the fresh one comes (lib/offline/saved-copy.ts).
    queryFn: (context) => readWithSavedCopy(context, (fetch) => getCooperatives(filters, context.signal, fetch)),
    placeholderData: keepPreviousData,
  });

export function useCooperatives(filters: DirectoryFilters) {
  return useQuery(getCooperativesQueryOptions(filters));
}
