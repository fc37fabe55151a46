import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { cooperativeDocumentsQueryKey } from '@/features/documents/api/get-cooperative-documents';

/** Takes a document out of the vault (the deletion is recorded; the file is purged after the retention period). */
export async function deleteDocument(id: string) {
  return unwrap(await api.DELETE('/api/v1/documents/{id}', { params: { path: { id } } }));
}

export function useDeleteDocument(cooperativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cooperativeDocumentsQueryKey(cooperativeId) }),
  });
}
