import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export async function revokeApiKey(id: string) {
  return unwrap(await api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } }));
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeApiKey, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['api-keys'] }) });
}
