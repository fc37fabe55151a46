import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { UpdateApplicationCommand } from '@/lib/api/schema-types';
import { applicationQueryKey } from '@/features/programs/api/get-application';
import { invalidateApplicationViews } from '@/features/programs/api/invalidate';

export type UpdateApplicationInput = { id: string; etag: string; body: UpdateApplicationCommand };

/** Edits a draft; If-Match carries the ETag (412 when someone else changed it, 409 application.not_draft once submitted). */
export async function updateApplication({ id, etag, body }: UpdateApplicationInput) {
  const result = await api.PUT('/api/v1/applications/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body });
  return { application: unwrap(result), etag: etagOf(result) };
}

export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApplication,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(applicationQueryKey(id), data);
      invalidateApplicationViews(queryClient);
    },
  });
}
