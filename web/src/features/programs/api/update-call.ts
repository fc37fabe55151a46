import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { UpdateCallCommand } from '@/lib/api/schema-types';
import { callQueryKey } from '@/features/programs/api/get-call';

export type UpdateCallInput = { id: string; etag: string; body: UpdateCallCommand };

/** Replaces a call; If-Match carries the ETag. Criteria are locked once scored (409 call.criteria_locked). */
export async function updateCall({ id, etag, body }: UpdateCallInput) {
  const result = await api.PUT('/api/v1/calls/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body });
  return { call: unwrap(result), etag: etagOf(result) };
}

export function useUpdateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCall,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(callQueryKey(id), data);
      void queryClient.invalidateQueries({ queryKey: ['calls', 'list'] });
    },
  });
}
