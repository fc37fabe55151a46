import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Every state change of the application with who, when and why, oldest first. */
export async function getApplicationHistory(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/applications/{id}/history', { params: { path: { id } }, signal }));
}

export const getApplicationHistoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['applications', 'detail', id, 'history'],
    queryFn: ({ signal }) => getApplicationHistory(id, signal),
  });

export function useApplicationHistory(id: string) {
  return useQuery(getApplicationHistoryQueryOptions(id));
}
