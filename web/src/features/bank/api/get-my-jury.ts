import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The entries the caller scores in a competition and their score sheets so far (403 when not on the jury). */
export async function getMyJury(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/competitions/{id}/jury/mine', { params: { path: { id } }, signal }));
}

export const myJuryQueryKey = (id: string) => ['competitions', 'detail', id, 'jury', 'mine'] as const;

export const getMyJuryQueryOptions = (id: string) =>
  queryOptions({ queryKey: myJuryQueryKey(id), queryFn: ({ signal }) => getMyJury(id, signal) });

export function useMyJury(id: string) {
  return useQuery(getMyJuryQueryOptions(id));
}
