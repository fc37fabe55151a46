import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { notificationDeliveryKeys } from '@/features/notifications/api/get-deliveries';
import type { NotificationDeliveryDetails, NotificationDeliveryPage } from '@/lib/api/schema-types';

/**
 * Whether the API takes the message again (RetryNotificationDelivery): a failed or dead one, or an SMS the provider
 * accepted but whose delivery receipt says it never reached the phone — not an account message (its code is gone).
 */
export function canRetryDelivery(d: Pick<NotificationDeliveryDetails, 'status' | 'channel' | 'receipt' | 'topic'>) {
  if (d.status === 'failed' || d.status === 'dead') return true;
  return d.status === 'sent' && d.channel === 'sms' && d.topic !== 'account' && (d.receipt === 'undelivered' || d.receipt === 'failed');
}

/** Queues a failed, dead or undelivered message again, now (its attempts counted afresh). */
export async function retryNotificationDelivery(id: string) {
  return unwrap(await api.POST('/api/v1/notifications/deliveries/{id}/retry', { params: { path: { id } } }));
}

/** The row shows the queued message at once (from the answer), then the log is read again. */
export function useRetryNotificationDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryNotificationDelivery,
    onSuccess: (updated) => {
      queryClient.setQueriesData<NotificationDeliveryPage>({ queryKey: notificationDeliveryKeys.all }, (page) =>
        page ? { ...page, items: page.items.map((d) => (d.id === updated.id ? updated : d)) } : page,
      );
      void queryClient.invalidateQueries({ queryKey: notificationDeliveryKeys.all });
    },
  });
}
