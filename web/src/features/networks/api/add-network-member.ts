import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AddNetworkMemberCommand } from '@/lib/api/schema-types';
import { networkQueryKey } from '@/features/networks/api/get-network';

export type AddNetworkMemberInput = { networkId: string; body: AddNetworkMemberCommand };

export async function addNetworkMember({ networkId, body }: AddNetworkMemberInput) {
  return unwrap(await api.POST('/api/v1/networks/{id}/members', { params: { path: { id: networkId } }, body }));
}

export function useAddNetworkMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addNetworkMember,
    onSuccess: (_, { networkId }) => void queryClient.invalidateQueries({ queryKey: networkQueryKey(networkId) }),
  });
}
