import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CompetitionDetails } from '@/features/bank/api/types';

export type VersionedCompetition = { competition: CompetitionDetails; etag: string | null };

/** One competition with its criteria and tie rule, and the ETag to send back in If-Match. */
export async function getCompetition(id: string, signal?: AbortSignal): Promise<VersionedCompetition> {
  const result = await api.GET('/api/v1/competitions/{id}', { params: { path: { id } }, signal });
  return { competition: unwrap(result), etag: result.response.headers.get('ETag') };
}

export const competitionQueryKey = (id: string) => ['competitions', 'detail', id] as const;

export const getCompetitionQueryOptions = (id: string) =>
  queryOptions({ queryKey: competitionQueryKey(id), queryFn: ({ signal }) => getCompetition(id, signal), enabled: !!id });

export function useCompetition(id: string) {
  return useQuery(getCompetitionQueryOptions(id));
}
