import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type AssignReviewerInput = { callId: string; reviewerId: string };

/** Assigns a staff member to review the call (409 reviewer.already_assigned). */
export async function assignReviewer({ callId, reviewerId }: AssignReviewerInput) {
  return unwrap(await api.POST('/api/v1/calls/{id}/reviewers', { params: { path: { id: callId } }, body: { reviewerId } }));
}

export function useAssignReviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignReviewer,
    onSuccess: (_, { callId }) =>
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: ['calls', 'detail', callId] }),
        queryClient.invalidateQueries({ queryKey: ['reviews'] }),
      ]),
  });
}
