import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

type Target = { webhookId: string; deliveryId: string };

/** Queues a delivery again (same webhook-id, so a consumer that already has it can ignore it). */
export async function redeliver({ webhookId, deliveryId }: Target) {
  return unwrap(
    await api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
      params: { path: { id: webhookId, deliveryId } },
    }),
  );
}

export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliver,
    onSuccess: (_data, { webhookId }) => void queryClient.invalidateQueries({ queryKey: ['webhooks', webhookId, 'deliveries'] }),
  });
}
