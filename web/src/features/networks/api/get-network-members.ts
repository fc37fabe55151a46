import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The network's memberships; `current` false includes those that ended. */
export async function getNetworkMembers(id: string, current: boolean, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/networks/{id}/members', { params: { path: { id }, query: { current } }, signal }));
}

export const networkMembersQueryKey = (id: string) => ['networks', 'detail', id, 'members'] as const;

export const getNetworkMembersQueryOptions = (id: string, current: boolean) =>
  queryOptions({
    queryKey: [...networkMembersQueryKey(id), { current }],
    queryFn: ({ signal }) => getNetworkMembers(id, current, signal),
  });

export function useNetworkMembers(id: string, current: boolean) {
  return useQuery(getNetworkMembersQueryOptions(id, current));
}
