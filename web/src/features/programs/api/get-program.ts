import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { ProgramDetails } from '@/lib/api/schema-types';

export type VersionedProgram = Versioned<{ program: ProgramDetails }>;

/** One program with the ETag to send back in If-Match. */
export async function getProgram(id: string, signal?: AbortSignal): Promise<VersionedProgram> {
  const result = await api.GET('/api/v1/programs/{id}', { params: { path: { id } }, signal });
  return { program: unwrap(result), etag: etagOf(result) };
}

export const programQueryKey = (id: string) => ['programs', 'detail', id] as const;

export const getProgramQueryOptions = (id: string) =>
  queryOptions({ queryKey: programQueryKey(id), queryFn: ({ signal }) => getProgram(id, signal), enabled: !!id });

export function useProgram(id: string) {
  return useQuery(getProgramQueryOptions(id));
}
