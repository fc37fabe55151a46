import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { EventDetails } from '@/lib/api/schema-types';
import { eventKeys } from '@/features/events/api/keys';

export type VersionedEvent = Versioned<{ event: EventDetails }>;

/** One event with the ETag to send back in If-Match. */
export async function getEvent(id: string, signal?: AbortSignal): Promise<VersionedEvent> {
  const result = await api.GET('/api/v1/events/{id}', { params: { path: { id } }, signal });
  return { event: unwrap(result), etag: etagOf(result) };
}

export const getEventQueryOptions = (id: string) =>
  queryOptions({ queryKey: eventKeys.detail(id), queryFn: ({ signal }) => getEvent(id, signal), enabled: !!id });

export function useEvent(id: string) {
  return useQuery(getEventQueryOptions(id));
}
