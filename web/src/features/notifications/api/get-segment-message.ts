import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { segmentMessageKeys } from '@/features/notifications/api/get-segment-messages';

/** How often the page asks for a message's progress while it is being sent. */
export const SEGMENT_PROGRESS_POLL_MS = 1000;

/** A staff message and its progress: total, queued, sent, failed. */
export async function getSegmentMessage(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/notifications/segment-messages/{id}', { params: { path: { id } }, signal }));
}

export const getSegmentMessageQueryOptions = (id: string) =>
  queryOptions({
    queryKey: segmentMessageKeys.one(id),
    queryFn: ({ signal }) => getSegmentMessage(id, signal),
    // Polls until every message is sent or given up.
    refetchInterval: (query) => (query.state.data?.status === 'completed' ? false : SEGMENT_PROGRESS_POLL_MS),
  });

export function useSegmentMessage(id: string | undefined) {
  return useQuery({ ...getSegmentMessageQueryOptions(id ?? ''), enabled: !!id });
}
