import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type ChangePasswordInput = components['schemas']['ChangeOwnPasswordCommand'];

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  const { error, response } = await api.POST('/api/v1/users/me/password', { body: input });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
