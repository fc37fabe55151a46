import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type IdeaFilters = { q?: string; sector?: string; region?: string; sdg?: string; status?: string; page?: number };

export const IDEAS_PAGE_SIZE = 12;

/** The bank: published ideas for everyone, plus one's own and (staff) every idea; the search is Arabic-aware on the server. */
export async function getIdeas(f: IdeaFilters, pageSize: number, signal?: AbortSignal) {
  const sdg = Number(f.sdg);
  const query = {
    q: f.q || undefined,
    sector: f.sector || undefined,
    region: f.region || undefined,
    sdg: Number.isInteger(sdg) && sdg >= 1 && sdg <= 17 ? sdg : undefined,
    status: f.status || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize,
  };
  return unwrap(await api.GET('/api/v1/ideas', { params: { query }, signal }));
}

export const getIdeasQueryOptions = (filters: IdeaFilters, pageSize = IDEAS_PAGE_SIZE) =>
  queryOptions({
    queryKey: ['ideas', 'list', filters, pageSize],
    queryFn: ({ signal }) => getIdeas(filters, pageSize, signal),
    placeholderData: keepPreviousData,
  });

export function useIdeas(filters: IdeaFilters, pageSize = IDEAS_PAGE_SIZE) {
  return useQuery(getIdeasQueryOptions(filters, pageSize));
}
