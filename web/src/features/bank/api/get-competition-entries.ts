import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The competition's entries in order of entry. */
export async function getCompetitionEntries(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/competitions/{id}/entries', { params: { path: { id } }, signal }));
}

export const competitionEntriesQueryKey = (id: string) => ['competitions', 'detail', id, 'entries'] as const;

export const getCompetitionEntriesQueryOptions = (id: string) =>
  queryOptions({ queryKey: competitionEntriesQueryKey(id), queryFn: ({ signal }) => getCompetitionEntries(id, signal) });

export function useCompetitionEntries(id: string) {
  return useQuery(getCompetitionEntriesQueryOptions(id));
}
