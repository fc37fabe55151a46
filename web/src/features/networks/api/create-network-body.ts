import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateNetworkBodyCommand } from '@/lib/api/schema-types';
import { networkQueryKey } from '@/features/networks/api/get-network';

export type CreateNetworkBodyInput = { networkId: string; body: CreateNetworkBodyCommand };

export async function createNetworkBody({ networkId, body }: CreateNetworkBodyInput) {
  return unwrap(await api.POST('/api/v1/networks/{id}/bodies', { params: { path: { id: networkId } }, body }));
}

export function useCreateNetworkBody() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetworkBody,
    onSuccess: (_, { networkId }) => void queryClient.invalidateQueries({ queryKey: networkQueryKey(networkId) }),
  });
}
