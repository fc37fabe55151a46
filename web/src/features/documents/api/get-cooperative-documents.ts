import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The cooperative's vault: its documents, newest first, and the quota they use. */
export async function getCooperativeDocuments(cooperativeId: string, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/cooperatives/{cooperativeId}/documents', { params: { path: { cooperativeId } }, signal }),
  );
}

export const cooperativeDocumentsQueryKey = (cooperativeId: string) => ['documents', 'cooperative', cooperativeId] as const;

export const getCooperativeDocumentsQueryOptions = (cooperativeId: string) =>
  queryOptions({
    queryKey: cooperativeDocumentsQueryKey(cooperativeId),
    queryFn: ({ signal }) => getCooperativeDocuments(cooperativeId, signal),
  });

export function useCooperativeDocuments(cooperativeId: string) {
  return useQuery(getCooperativeDocumentsQueryOptions(cooperativeId));
}
