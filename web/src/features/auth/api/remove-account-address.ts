import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import { meQueryKey } from '@/lib/auth/get-me';
import type { RemoveAccountAddressCommand } from '@/lib/api/schema-types';

/** With the password, takes the e-mail address or the number off the account (the other one, proved, stays). */
export async function removeAccountAddress(input: RemoveAccountAddressCommand): Promise<void> {
  const { error, response } = await api.POST('/api/v1/users/me/addresses/remove', { body: input });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

export function useRemoveAccountAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeAccountAddress,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
