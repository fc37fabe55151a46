import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { TransitionIdeaCommand } from '@/lib/api/schema-types';
import { ideaQueryKey } from '@/features/bank/api/get-idea';

export type TransitionIdeaInput = { id: string; body: TransitionIdeaCommand };

/**
 * Curation: submitted (author side), published, returned (a comment is required) or archived (staff). A move the
 * state machine refuses is a 409 idea.transition_not_allowed naming the `allowed` states.
 */
export async function transitionIdea({ id, body }: TransitionIdeaInput) {
  const result = await api.POST('/api/v1/ideas/{id}/transitions', { params: { path: { id } }, body });
  return { idea: unwrap(result), etag: etagOf(result) };
}

export function useTransitionIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionIdea,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(ideaQueryKey(id), data);
      void queryClient.invalidateQueries({ queryKey: ['ideas', 'list'] });
    },
  });
}
