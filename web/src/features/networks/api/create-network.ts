import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateNetworkCommand } from '@/lib/api/schema-types';

export async function createNetwork(body: CreateNetworkCommand) {
  return unwrap(await api.POST('/api/v1/networks', { body }));
}

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetwork,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['networks'] }),
  });
}
