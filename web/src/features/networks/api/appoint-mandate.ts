import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AppointMandateCommand } from '@/lib/api/schema-types';
import { networkQueryKey } from '@/features/networks/api/get-network';

export type AppointMandateInput = { networkId: string; bodyId: string; body: AppointMandateCommand };

/** Appoints a current member to a role in a body; an overlapping president is a 409 network.president_overlap. */
export async function appointMandate({ networkId, bodyId, body }: AppointMandateInput) {
  return unwrap(
    await api.POST('/api/v1/networks/{id}/bodies/{bodyId}/mandates', {
      params: { path: { id: networkId, bodyId } },
      body,
    }),
  );
}

export function useAppointMandate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appointMandate,
    onSuccess: (_, { networkId }) => void queryClient.invalidateQueries({ queryKey: networkQueryKey(networkId) }),
  });
}
