import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { CreateIdeaCommand, UpdateIdeaCommand } from '@/lib/api/schema-types';
import { ideaQueryKey, type VersionedIdea } from '@/features/bank/api/get-idea';

/** Proposes an idea: a draft, for a cooperative or (staff) without one. */
export async function createIdea(body: CreateIdeaCommand): Promise<VersionedIdea> {
  const result = await api.POST('/api/v1/ideas', { body });
  return { idea: unwrap(result), etag: etagOf(result) };
}

export type UpdateIdeaInput = { id: string; etag: string; body: UpdateIdeaCommand };

/** Edits a draft or returned idea; If-Match carries the ETag (412 when someone else changed it). */
export async function updateIdea({ id, etag, body }: UpdateIdeaInput): Promise<VersionedIdea> {
  const result = await api.PUT('/api/v1/ideas/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body });
  return { idea: unwrap(result), etag: etagOf(result) };
}

export function useCreateIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIdea,
    onSuccess: (data) => {
      queryClient.setQueryData(ideaQueryKey(data.idea.id), data);
      void queryClient.invalidateQueries({ queryKey: ['ideas', 'list'] });
    },
  });
}

export function useUpdateIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIdea,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(ideaQueryKey(id), data);
      void queryClient.invalidateQueries({ queryKey: ['ideas', 'list'] });
    },
  });
}
