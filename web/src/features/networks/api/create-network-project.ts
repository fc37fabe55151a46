import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateNetworkProjectCommand } from '@/lib/api/schema-types';
import { networkQueryKey } from '@/features/networks/api/get-network';

export type CreateNetworkProjectInput = { networkId: string; body: CreateNetworkProjectCommand };

export async function createNetworkProject({ networkId, body }: CreateNetworkProjectInput) {
  return unwrap(await api.POST('/api/v1/networks/{id}/projects', { params: { path: { id: networkId } }, body }));
}

export function useCreateNetworkProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetworkProject,
    onSuccess: (_, { networkId }) => void queryClient.invalidateQueries({ queryKey: networkQueryKey(networkId) }),
  });
}
