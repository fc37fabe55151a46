import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { UpdateNetworkCommand } from '@/lib/api/schema-types';
import { networkQueryKey } from '@/features/networks/api/get-network';

export type UpdateNetworkInput = { id: string; etag: string; body: UpdateNetworkCommand };

/** Replaces the network's profile; If-Match carries the ETag (412 when someone else changed it). */
export async function updateNetwork({ id, etag, body }: UpdateNetworkInput) {
  const result = await api.PUT('/api/v1/networks/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body });
  return { network: unwrap(result), etag: etagOf(result) };
}

export function useUpdateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNetwork,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(networkQueryKey(id), data);
      void queryClient.invalidateQueries({ queryKey: ['networks', 'list'] });
    },
  });
}
