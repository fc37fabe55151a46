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
