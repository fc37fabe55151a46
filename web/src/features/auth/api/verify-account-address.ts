import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { AccountAddressCodeSent, AccountAddressKind } from '@/lib/api/schema-types';

/** Sends a 6-digit code to the account's own address that was never proved; ConfirmAccountAddress then marks it verified. */
export async function verifyAccountAddress(kind: AccountAddressKind): Promise<AccountAddressCodeSent> {
  const { data, error, response } = await api.POST('/api/v1/users/me/addresses/verify', { body: { kind } });
  if (!response.ok || !data) throw new ApiError(response.status, error as Problem | undefined);
  return data;
}

export function useVerifyAccountAddress() {
  return useMutation({ mutationFn: verifyAccountAddress });
}
