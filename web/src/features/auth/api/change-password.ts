import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { ChangeOwnPasswordCommand } from '@/lib/api/schema-types';

export async function changePassword(input: ChangeOwnPasswordCommand): Promise<void> {
  const { error, response } = await api.POST('/api/v1/users/me/password', { body: input });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
