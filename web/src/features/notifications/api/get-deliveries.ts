import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The states and channels of a message, as ListNotificationDeliveries filters them. */
export const DELIVERY_STATES = ['queued', 'sent', 'failed', 'dead'] as const;
export const DELIVERY_CHANNELS = ['inapp', 'email', 'sms'] as const;
/** What an SMS's delivery receipt said (ADR 0023). */
export const DELIVERY_RECEIPTS = ['delivered', 'undelivered', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export type NotificationDeliveryFilters = { status?: string; channel?: string; receipt?: string; page?: number };
export const NOTIFICATION_DELIVERIES_PAGE_SIZE = 20;

export const notificationDeliveryKeys = {
  all: ['notifications', 'deliveries'] as const,
  list: (f: NotificationDeliveryFilters) => ['notifications', 'deliveries', f] as const,
};

/** The delivery log of every message (administrators): newest first, by state, channel and SMS receipt. */
export async function getNotificationDeliveries(f: NotificationDeliveryFilters, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/notifications/deliveries', {
      params: {
        query: {
          status: f.status,
          channel: f.channel,
          receipt: f.receipt,
          page: f.page ?? 1,
          pageSize: NOTIFICATION_DELIVERIES_PAGE_SIZE,
        },
      },
      signal,
    }),
  );
}

export const getNotificationDeliveriesQueryOptions = (f: NotificationDeliveryFilters) =>
  queryOptions({
    queryKey: notificationDeliveryKeys.list(f),
    queryFn: ({ signal }) => getNotificationDeliveries(f, signal),
    placeholderData: keepPreviousData,
  });

export function useNotificationDeliveries(f: NotificationDeliveryFilters) {
  return useQuery(getNotificationDeliveriesQueryOptions(f));
}
