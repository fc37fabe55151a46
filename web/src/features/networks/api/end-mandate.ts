import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { EndMandateCommand } from '@/lib/api/schema-types';
import { networkQueryKey } from '@/features/networks/api/get-network';

export type EndMandateInput = { networkId: string; mandateId: string; body: EndMandateCommand };

/** Ends a mandate early (its last day is endedOn); a day before its start or not before its current end is a 400 on endedOn. */
export async function endMandate({ networkId, mandateId, body }: EndMandateInput) {
  return unwrap(
    await api.POST('/api/v1/networks/{id}/mandates/{mandateId}/end', {
      params: { path: { id: networkId, mandateId } },
      body,
    }),
  );
}

export function useEndMandate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMandate,
    onSuccess: (_, { networkId }) => void queryClient.invalidateQueries({ queryKey: networkQueryKey(networkId) }),
  });
}
