import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ChangeCooperativeStatusCommand } from '@/lib/api/schema-types';

export type ChangeStatusInput = { id: string; etag: string | null; body: ChangeCooperativeStatusCommand };

export async function changeStatus({ id, etag, body }: ChangeStatusInput) {
  return unwrap(
    await api.POST('/api/v1/cooperatives/{id}/status', {
      params: { path: { id } },
      headers: etag ? { 'If-Match': etag } : {},
      body,
    }),
  );
}

export function useChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeStatus,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cooperatives'] }),
  });
}
