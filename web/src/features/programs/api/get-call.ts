import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CallDetails } from '@/features/programs/api/types';

export type VersionedCall = { call: CallDetails; etag: string | null };

/** One call with its rules, documents and criteria, and the ETag to send back in If-Match. */
export async function getCall(id: string, signal?: AbortSignal): Promise<VersionedCall> {
  const result = await api.GET('/api/v1/calls/{id}', { params: { path: { id } }, signal });
  return { call: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const callQueryKey = (id: string) => ['calls', 'detail', id] as const;

export const getCallQueryOptions = (id: string) =>
  queryOptions({ queryKey: callQueryKey(id), queryFn: ({ signal }) => getCall(id, signal), enabled: !!id });

export function useCall(id: string) {
  return useQuery(getCallQueryOptions(id));
}
