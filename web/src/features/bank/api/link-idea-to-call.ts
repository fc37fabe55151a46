import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ideaQueryKey } from '@/features/bank/api/get-idea';

export type LinkIdeaInput = { ideaId: string; callId: string };

/** Links a published idea to an open call (staff; 409 call.not_open, financing.duplicate). */
export async function linkIdeaToCall({ ideaId, callId }: LinkIdeaInput) {
  return unwrap(await api.POST('/api/v1/ideas/{id}/financing-links', { params: { path: { id: ideaId } }, body: { callId } }));
}

export function useLinkIdeaToCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkIdeaToCall,
    onSuccess: (_, { ideaId }) => void queryClient.invalidateQueries({ queryKey: ideaQueryKey(ideaId) }),
  });
}
