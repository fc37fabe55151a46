import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ideaQueryKey } from '@/features/bank/api/get-idea';

export type AdoptIdeaInput = { ideaId: string; cooperativeId: string };

/** Records that a cooperative takes up a published idea (once: 409 adoption.duplicate). */
export async function adoptIdea({ ideaId, cooperativeId }: AdoptIdeaInput) {
  return unwrap(await api.POST('/api/v1/ideas/{id}/adoptions', { params: { path: { id: ideaId } }, body: { cooperativeId } }));
}

export function useAdoptIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adoptIdea,
    onSuccess: (_, { ideaId }) =>
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: ideaQueryKey(ideaId) }),
        queryClient.invalidateQueries({ queryKey: ['ideas', 'list'] }),
      ]),
  });
}
