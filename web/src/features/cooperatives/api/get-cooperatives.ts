import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

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
    Q: f.q || undefined,
    Region: f.region || undefined,
    Province: f.province || undefined,
    Sector: f.sector || undefined,
    Status: f.status || undefined,
    WomenLed: f.womenLed === true ? true : undefined,
    Sort: f.sort || undefined,
    Page: f.page && f.page > 1 ? f.page : undefined,
    PageSize: f.pageSize ?? DIRECTORY_PAGE_SIZE,
  };
}

export async function getCooperatives(filters: DirectoryFilters, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/cooperatives', { params: { query: toApiQuery(filters) }, signal }));
}

export const getCooperativesQueryOptions = (filters: DirectoryFilters) =>
  queryOptions({
    queryKey: ['cooperatives', 'list', filters],
    queryFn: ({ signal }) => getCooperatives(filters, signal),
    placeholderData: keepPreviousData,
  });

export function useCooperatives(filters: DirectoryFilters) {
  return useQuery(getCooperativesQueryOptions(filters));
}
