import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateApiKeyCommand } from '@/lib/api/schema-types';

/** Returns the key and its secret, which the server shows this once only. */
export async function createApiKey(body: CreateApiKeyCommand) {
  return unwrap(await api.POST('/api/v1/api-keys', { body }));
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApiKey, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['api-keys'] }) });
}
