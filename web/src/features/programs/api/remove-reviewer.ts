import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type RemoveReviewerInput = { callId: string; reviewerId: string };

/** Removes a reviewer who has not scored yet (409 reviewer.has_reviews otherwise). */
export async function removeReviewer({ callId, reviewerId }: RemoveReviewerInput) {
  return unwrap(
    await api.DELETE('/api/v1/calls/{id}/reviewers/{reviewerId}', { params: { path: { id: callId, reviewerId } } }),
  );
}

export function useRemoveReviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeReviewer,
    onSuccess: (_, { callId }) =>
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: ['calls', 'detail', callId] }),
        queryClient.invalidateQueries({ queryKey: ['reviews'] }),
      ]),
  });
}
