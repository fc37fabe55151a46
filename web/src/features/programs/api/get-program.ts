import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ProgramDetails } from '@/features/programs/api/types';

export type VersionedProgram = { program: ProgramDetails; etag: string | null };

/** One program with the ETag to send back in If-Match. */
export async function getProgram(id: string, signal?: AbortSignal): Promise<VersionedProgram> {
  const result = await api.GET('/api/v1/programs/{id}', { params: { path: { id } }, signal });
  return { program: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const programQueryKey = (id: string) => ['programs', 'detail', id] as const;

export const getProgramQueryOptions = (id: string) =>
  queryOptions({ queryKey: programQueryKey(id), queryFn: ({ signal }) => getProgram(id, signal), enabled: !!id });

export function useProgram(id: string) {
  return useQuery(getProgramQueryOptions(id));
}
