import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { CallDetails } from '@/lib/api/schema-types';

export type VersionedCall = Versioned<{ call: CallDetails }>;

/** One call with its rules, documents and criteria, and the ETag to send back in If-Match. */
export async function getCall(id: string, signal?: AbortSignal): Promise<VersionedCall> {
  const result = await api.GET('/api/v1/calls/{id}', { params: { path: { id } }, signal });
  return { call: unwrap(result), etag: etagOf(result) };
}

export const callQueryKey = (id: string) => ['calls', 'detail', id] as const;

export const getCallQueryOptions = (id: string) =>
  queryOptions({ queryKey: callQueryKey(id), queryFn: ({ signal }) => getCall(id, signal), enabled: !!id });

export function useCall(id: string) {
  return useQuery(getCallQueryOptions(id));
}
