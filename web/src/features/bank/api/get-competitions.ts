import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type CompetitionFilters = { region?: string; page?: number };

export const COMPETITIONS_PAGE_SIZE = 20;

/** Ideathons, latest first (drafts: staff only). */
export async function getCompetitions(f: CompetitionFilters, signal?: AbortSignal) {
  const query = {
    region: f.region || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: COMPETITIONS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/v1/competitions', { params: { query }, signal }));
}

export const getCompetitionsQueryOptions = (filters: CompetitionFilters) =>
  queryOptions({
    queryKey: ['competitions', 'list', filters],
    queryFn: ({ signal }) => getCompetitions(filters, signal),
    placeholderData: keepPreviousData,
  });

export function useCompetitions(filters: CompetitionFilters) {
  return useQuery(getCompetitionsQueryOptions(filters));
}
