import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import { meQueryKey } from '@/lib/auth/get-me';

/** Adds the address the code was sent to; the account then shows it (and signs in with it). */
export async function confirmAccountAddress(code: string): Promise<void> {
  const { error, response } = await api.POST('/api/v1/users/me/addresses/confirm', { body: { code } });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

export function useConfirmAccountAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmAccountAddress,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
