import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Stops new deliveries; pending ones are cancelled and the delivery log stays. */
export async function deactivateWebhook(id: string) {
  return unwrap(await api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } }));
}

export function useDeactivateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateWebhook,
    onSuccess: (_data, id) =>
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['webhooks', id, 'deliveries'] }),
      ]),
  });
}
