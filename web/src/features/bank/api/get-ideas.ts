import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { readWithSavedCopy, type ReadFetch } from '@/lib/offline/saved-copy';

export type IdeaFilters = { q?: string; sector?: string; region?: string; sdg?: string; status?: string; page?: number };

export const IDEAS_PAGE_SIZE = 12;

/** The bank: published ideas for everyone, plus one's own and (staff) every idea; the search is Arabic-aware on the server. */
export async function getIdeas(f: IdeaFilters, pageSize: number, signal?: AbortSignal, fetch?: ReadFetch) {
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
  return unwrap(await api.GET('/api/v1/ideas', { params: { query }, signal, ...(fetch && { fetch }) }));
}

/**
 * With `savedCopy`, the list saved at her last visit shows while the answer is slow (lib/offline/saved-copy.ts): for
 * the bank's own page, which says so (DirectoryPage's notice); not for a picker or a queue that does not.
 */
export const getIdeasQueryOptions = (filters: IdeaFilters, pageSize = IDEAS_PAGE_SIZE, savedCopy = false) =>
  queryOptions({
    queryKey: ['ideas', 'list', filters, pageSize],
    queryFn: (context) =>
      savedCopy
        ? readWithSavedCopy(context, (fetch) => getIdeas(filters, pageSize, context.signal, fetch))
        : getIdeas(filters, pageSize, context.signal),
    placeholderData: keepPreviousData,
  });

export function useIdeas(filters: IdeaFilters, pageSize = IDEAS_PAGE_SIZE, savedCopy = false) {
  return useQuery(getIdeasQueryOptions(filters, pageSize, savedCopy));
}
