import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The projects the network tracks. */
export async function getNetworkProjects(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/networks/{id}/projects', { params: { path: { id } }, signal }));
}

export const getNetworkProjectsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['networks', 'detail', id, 'projects'],
    queryFn: ({ signal }) => getNetworkProjects(id, signal),
  });

export function useNetworkProjects(id: string) {
  return useQuery(getNetworkProjectsQueryOptions(id));
}
