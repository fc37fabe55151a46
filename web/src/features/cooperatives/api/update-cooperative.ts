import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { UpdateCooperativeCommand } from '@/lib/api/schema-types';
import { cooperativeQueryKey } from '@/features/cooperatives/api/get-cooperative';

export type UpdateCooperativeInput = { id: string; etag: string; body: UpdateCooperativeCommand };

/** Replaces the profile; If-Match carries the ETag read with it (412 when someone else changed it). */
export async function updateCooperative({ id, etag, body }: UpdateCooperativeInput) {
  const result = await api.PUT('/api/v1/cooperatives/{id}', {
    params: { path: { id } },
    headers: { 'If-Match': etag },
    body,
  });
  return { cooperative: unwrap(result), etag: etagOf(result) };
}

export function useUpdateCooperative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCooperative,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(cooperativeQueryKey(id), data);
      void queryClient.invalidateQueries({ queryKey: ['cooperatives', 'list'] });
    },
  });
}
