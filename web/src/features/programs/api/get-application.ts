import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ApplicationDetails } from '@/features/programs/api/types';

export type VersionedApplication = { application: ApplicationDetails; etag: string | null };

/** One application with its eligibility reasons, and the ETag to send back in If-Match. */
export async function getApplication(id: string, signal?: AbortSignal): Promise<VersionedApplication> {
  const result = await api.GET('/api/v1/applications/{id}', { params: { path: { id } }, signal });
  return { application: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const applicationQueryKey = (id: string) => ['applications', 'detail', id] as const;

export const getApplicationQueryOptions = (id: string) =>
  queryOptions({ queryKey: applicationQueryKey(id), queryFn: ({ signal }) => getApplication(id, signal) });

export function useApplication(id: string) {
  return useQuery(getApplicationQueryOptions(id));
}
