import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { EndNetworkMembershipCommand } from '@/lib/api/schema-types';
import { networkQueryKey } from '@/features/networks/api/get-network';

export type EndNetworkMembershipInput = { networkId: string; membershipId: string; body: EndNetworkMembershipCommand };

export async function endNetworkMembership({ networkId, membershipId, body }: EndNetworkMembershipInput) {
  return unwrap(
    await api.POST('/api/v1/networks/{id}/members/{membershipId}/leave', {
      params: { path: { id: networkId, membershipId } },
      body,
    }),
  );
}

export function useEndNetworkMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endNetworkMembership,
    onSuccess: (_, { networkId }) => void queryClient.invalidateQueries({ queryKey: networkQueryKey(networkId) }),
  });
}
