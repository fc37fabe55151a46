import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Programs matching a search (code or name), e.g. to link an event to one; one character is enough. */
export async function searchPrograms(q: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/programs', { params: { query: { q, pageSize: 10 } }, signal }));
}

export const searchProgramsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['programs', 'list', { q, pageSize: 10, purpose: 'picker' }],
    queryFn: ({ signal }) => searchPrograms(q, signal),
    enabled: q.trim().length >= 1,
  });

export function useProgramSearch(q: string) {
  return useQuery(searchProgramsQueryOptions(q));
}
