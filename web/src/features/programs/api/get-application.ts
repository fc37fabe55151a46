import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { ApplicationDetails } from '@/lib/api/schema-types';

export type VersionedApplication = Versioned<{ application: ApplicationDetails }>;

/** One application with its eligibility reasons, and the ETag to send back in If-Match. */
export async function getApplication(id: string, signal?: AbortSignal): Promise<VersionedApplication> {
  const result = await api.GET('/api/v1/applications/{id}', { params: { path: { id } }, signal });
  return { application: unwrap(result), etag: etagOf(result) };
}

export const applicationQueryKey = (id: string) => ['applications', 'detail', id] as const;

export const getApplicationQueryOptions = (id: string) =>
  queryOptions({ queryKey: applicationQueryKey(id), queryFn: ({ signal }) => getApplication(id, signal) });

export function useApplication(id: string) {
  return useQuery(getApplicationQueryOptions(id));
}
