import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateWebhookCommand } from '@/lib/api/schema-types';

/** Returns the subscription and its signing secret, which the server shows this once only. */
export async function createWebhook(body: CreateWebhookCommand) {
  return unwrap(await api.POST('/api/v1/webhooks', { body }));
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['webhooks', 'list'] }),
  });
}
