import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateUserCommand } from '@/lib/api/schema-types';

export async function createUser(body: CreateUserCommand) {
  return unwrap(await api.POST('/api/v1/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }) });
}
