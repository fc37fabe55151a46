import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { programQueryKey } from '@/features/programs/api/get-program';
import type { UpdateProgramCommand } from '@/features/programs/api/types';

export type UpdateProgramInput = { id: string; etag: string; body: UpdateProgramCommand };

/** Replaces the program's record; If-Match carries the ETag (412 when someone else changed it). */
export async function updateProgram({ id, etag, body }: UpdateProgramInput) {
  const result = await api.PUT('/api/v1/programs/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body });
  return { program: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgram,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(programQueryKey(id), data);
      return queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
    },
  });
}
