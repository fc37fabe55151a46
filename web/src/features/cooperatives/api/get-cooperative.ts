import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { CooperativeDetails } from '@/lib/api/schema-types';

export type VersionedCooperative = Versioned<{ cooperative: CooperativeDetails }>;

/** One cooperative with the ETag to send back in If-Match. */
export async function getCooperative(id: string, signal?: AbortSignal): Promise<VersionedCooperative> {
  const result = await api.GET('/api/v1/cooperatives/{id}', { params: { path: { id } }, signal });
  const cooperative = unwrap(result);
  return { cooperative, etag: etagOf(result) };
}

export const cooperativeQueryKey = (id: string) => ['cooperatives', 'detail', id] as const;

export const getCooperativeQueryOptions = (id: string) =>
  queryOptions({ queryKey: cooperativeQueryKey(id), queryFn: ({ signal }) => getCooperative(id, signal) });

export function useCooperative(id: string) {
  return useQuery(getCooperativeQueryOptions(id));
}
