import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** How often the bell asks for new messages while the app is open. */
export const BELL_REFRESH_MS = 30_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  page: (page: number) => ['notifications', 'page', page] as const,
};

/** The caller's inbox, newest first, with the number of unread messages (the bell's count). */
export async function getNotifications(page: number, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/notifications', { params: { query: { page, pageSize: NOTIFICATIONS_PAGE_SIZE } }, signal }));
}

export const getNotificationsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: notificationKeys.page(page),
    queryFn: ({ signal }) => getNotifications(page, signal),
    placeholderData: keepPreviousData,
  });

export function useNotifications(page: number, options: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useQuery({ ...getNotificationsQueryOptions(page), enabled: options.enabled ?? true, refetchInterval: options.refetchInterval });
}
