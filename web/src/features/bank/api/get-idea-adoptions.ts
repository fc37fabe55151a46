import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The cooperatives taking up an idea, and how many per region. */
export async function getIdeaAdoptions(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/ideas/{id}/adoptions', { params: { path: { id } }, signal }));
}

export const ideaAdoptionsQueryKey = (id: string) => ['ideas', 'detail', id, 'adoptions'] as const;

export const getIdeaAdoptionsQueryOptions = (id: string) =>
  queryOptions({ queryKey: ideaAdoptionsQueryKey(id), queryFn: ({ signal }) => getIdeaAdoptions(id, signal) });

export function useIdeaAdoptions(id: string) {
  return useQuery(getIdeaAdoptionsQueryOptions(id));
}
