import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { UpdateProgramCommand } from '@/lib/api/schema-types';
import { programQueryKey } from '@/features/programs/api/get-program';

export type UpdateProgramInput = { id: string; etag: string; body: UpdateProgramCommand };

/** Replaces the program's record; If-Match carries the ETag (412 when someone else changed it). */
export async function updateProgram({ id, etag, body }: UpdateProgramInput) {
  const result = await api.PUT('/api/v1/programs/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body });
  return { program: unwrap(result), etag: etagOf(result) };
}

export function useUpdateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgram,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(programQueryKey(id), data);
      void queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
    },
  });
}
