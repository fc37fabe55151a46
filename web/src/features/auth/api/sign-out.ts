import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, resetAntiforgeryToken } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import { meQueryKey } from '@/lib/auth/get-me';
import { clearSessionHint } from '@/lib/auth/session-hint';
import { forgetKeptDrafts } from '@/lib/forms/kept-draft';
import { forgetCachedReads } from '@/lib/offline/cached-reads';

export async function signOut(): Promise<void> {
  const { error, response } = await api.POST('/api/v1/auth/sign-out');
  resetAntiforgeryToken();
  clearSessionHint();
  // A shared phone: the next person neither opens this one's pages offline nor finds what they typed.
  forgetKeptDrafts();
  await forgetCachedReads();
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'reference' });
    },
  });
}
