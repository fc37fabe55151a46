import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export async function getStatusHistory(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/cooperatives/{id}/status-history', { params: { path: { id } }, signal }));
}

export const getStatusHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['cooperatives', 'status-history', id], queryFn: ({ signal }) => getStatusHistory(id, signal) });

export function useStatusHistory(id: string) {
  return useQuery(getStatusHistoryQueryOptions(id));
}
