import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Each juror's assigned entries, how many they scored and the entries still missing a score (staff running it). */
export async function getJuryProgress(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/competitions/{id}/jurors', { params: { path: { id } }, signal }));
}

export const getJuryProgressQueryOptions = (id: string, enabled = true) =>
  queryOptions({
    queryKey: ['competitions', 'detail', id, 'jurors'],
    queryFn: ({ signal }) => getJuryProgress(id, signal),
    enabled,
  });

export function useJuryProgress(id: string, enabled = true) {
  return useQuery(getJuryProgressQueryOptions(id, enabled));
}
