import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { AccountAddressCodeSent, AddAccountAddressCommand } from '@/lib/api/schema-types';

/** Sends a 6-digit code to the e-mail address or mobile number the account adds; the same 202 whether or not another account has it. */
export async function addAccountAddress(input: AddAccountAddressCommand): Promise<AccountAddressCodeSent> {
  const { data, error, response } = await api.POST('/api/v1/users/me/addresses', { body: input });
  if (!response.ok || !data) throw new ApiError(response.status, error as Problem | undefined);
  return data;
}

export function useAddAccountAddress() {
  return useMutation({ mutationFn: addAccountAddress });
}
