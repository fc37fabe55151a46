import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { NetworkDetails } from '@/lib/api/schema-types';

export type VersionedNetwork = Versioned<{ network: NetworkDetails }>;

/** One network with the ETag to send back in If-Match. */
export async function getNetwork(id: string, signal?: AbortSignal): Promise<VersionedNetwork> {
  const result = await api.GET('/api/v1/networks/{id}', { params: { path: { id } }, signal });
  return { network: unwrap(result), etag: etagOf(result) };
}

export const networkQueryKey = (id: string) => ['networks', 'detail', id] as const;

export const getNetworkQueryOptions = (id: string) =>
  queryOptions({ queryKey: networkQueryKey(id), queryFn: ({ signal }) => getNetwork(id, signal) });

export function useNetwork(id: string) {
  return useQuery(getNetworkQueryOptions(id));
}
