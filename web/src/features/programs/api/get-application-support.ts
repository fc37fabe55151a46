import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Support delivered to the beneficiary and outcomes measured. */
export async function getApplicationSupport(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/applications/{id}/support', { params: { path: { id } }, signal }));
}

export const getApplicationSupportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['applications', 'detail', id, 'support'],
    queryFn: ({ signal }) => getApplicationSupport(id, signal),
  });

export function useApplicationSupport(id: string) {
  return useQuery(getApplicationSupportQueryOptions(id));
}
