import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { AccountAddressCodeSent, ReplaceAccountAddressCommand } from '@/lib/api/schema-types';

/** With the password, sends a 6-digit code to the new address; the old one stays until the code is confirmed. */
export async function replaceAccountAddress(input: ReplaceAccountAddressCommand): Promise<AccountAddressCodeSent> {
  const { data, error, response } = await api.POST('/api/v1/users/me/addresses/replace', { body: input });
  if (!response.ok || !data) throw new ApiError(response.status, error as Problem | undefined);
  return data;
}

export function useReplaceAccountAddress() {
  return useMutation({ mutationFn: replaceAccountAddress });
}
