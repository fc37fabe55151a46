import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { UpdateUserCommand } from '@/lib/api/schema-types';

export type UpdateUserInput = { id: string; etag: string; body: UpdateUserCommand };

export async function updateUser({ id, etag, body }: UpdateUserInput) {
  return unwrap(await api.PUT('/api/v1/users/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }) });
}
