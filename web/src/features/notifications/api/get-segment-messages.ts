import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export const SEGMENT_MESSAGES_PAGE_SIZE = 10;
const SEGMENT_LIST_POLL_MS = 2000;

export const segmentMessageKeys = {
  all: ['notifications', 'segment-messages'] as const,
  list: (page: number) => ['notifications', 'segment-messages', 'list', page] as const,
  one: (id: string) => ['notifications', 'segment-messages', 'one', id] as const,
};

/** Past staff messages to segments, newest first, with their progress. */
export async function getSegmentMessages(page: number, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/notifications/segment-messages', { params: { query: { page, pageSize: SEGMENT_MESSAGES_PAGE_SIZE } }, signal }),
  );
}

export const getSegmentMessagesQueryOptions = (page: number) =>
  queryOptions({
    queryKey: segmentMessageKeys.list(page),
    queryFn: ({ signal }) => getSegmentMessages(page, signal),
    placeholderData: keepPreviousData,
    // A message still being prepared or sent shows its progress move in the list too.
    refetchInterval: (query) => (query.state.data?.items.some((m) => m.status !== 'completed') ? SEGMENT_LIST_POLL_MS : false),
  });

export function useSegmentMessages(page: number) {
  return useQuery(getSegmentMessagesQueryOptions(page));
}
