import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { EventDetails } from '@/features/events/api/types';
import { eventKeys } from '@/features/events/api/keys';

export type VersionedEvent = { event: EventDetails; etag: string | null };

/** One event with the ETag to send back in If-Match. */
export async function getEvent(id: string, signal?: AbortSignal): Promise<VersionedEvent> {
  const result = await api.GET('/api/v1/events/{id}', { params: { path: { id } }, signal });
  return { event: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const getEventQueryOptions = (id: string) =>
  queryOptions({ queryKey: eventKeys.detail(id), queryFn: ({ signal }) => getEvent(id, signal), enabled: !!id });

export function useEvent(id: string) {
  return useQuery(getEventQueryOptions(id));
}
