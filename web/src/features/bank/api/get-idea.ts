import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { IdeaDetails } from '@/lib/api/schema-types';

export type VersionedIdea = Versioned<{ idea: IdeaDetails }>;

/** One idea with its financing links, and the ETag to send back in If-Match. */
export async function getIdea(id: string, signal?: AbortSignal): Promise<VersionedIdea> {
  const result = await api.GET('/api/v1/ideas/{id}', { params: { path: { id } }, signal });
  return { idea: unwrap(result), etag: etagOf(result) };
}

export const ideaQueryKey = (id: string) => ['ideas', 'detail', id] as const;

export const getIdeaQueryOptions = (id: string) =>
  queryOptions({ queryKey: ideaQueryKey(id), queryFn: ({ signal }) => getIdea(id, signal), enabled: !!id });

export function useIdea(id: string) {
  return useQuery(getIdeaQueryOptions(id));
}
