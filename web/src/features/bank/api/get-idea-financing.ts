import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Open calls of the Programs module whose sector and region rules fit the idea. */
export async function getIdeaFinancing(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/ideas/{id}/financing', { params: { path: { id } }, signal }));
}

export const getIdeaFinancingQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['ideas', 'detail', id, 'financing'], queryFn: ({ signal }) => getIdeaFinancing(id, signal) });

export function useIdeaFinancing(id: string) {
  return useQuery(getIdeaFinancingQueryOptions(id));
}
