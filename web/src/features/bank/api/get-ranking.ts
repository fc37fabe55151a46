import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The ranking from the stored sheets, with the awards: public once the results are published, staff before. */
export async function getRanking(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/competitions/{id}/ranking', { params: { path: { id } }, signal }));
}

export const rankingQueryKey = (id: string) => ['competitions', 'detail', id, 'ranking'] as const;

export const getRankingQueryOptions = (id: string, enabled = true) =>
  queryOptions({ queryKey: rankingQueryKey(id), queryFn: ({ signal }) => getRanking(id, signal), enabled });

export function useRanking(id: string, enabled = true) {
  return useQuery(getRankingQueryOptions(id, enabled));
}

/** Where the ranking is downloaded as CSV (a plain link: the browser sends the session cookie). */
export function rankingCsvUrl(id: string): string {
  return `/api/v1/competitions/${encodeURIComponent(id)}/ranking.csv`;
}
