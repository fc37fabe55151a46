import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { CompetitionDetails } from '@/lib/api/schema-types';

export type VersionedCompetition = Versioned<{ competition: CompetitionDetails }>;

/** One competition with its criteria and tie rule, and the ETag to send back in If-Match. */
export async function getCompetition(id: string, signal?: AbortSignal): Promise<VersionedCompetition> {
  const result = await api.GET('/api/v1/competitions/{id}', { params: { path: { id } }, signal });
  return { competition: unwrap(result), etag: etagOf(result) };
}

export const competitionQueryKey = (id: string) => ['competitions', 'detail', id] as const;

export const getCompetitionQueryOptions = (id: string) =>
  queryOptions({ queryKey: competitionQueryKey(id), queryFn: ({ signal }) => getCompetition(id, signal), enabled: !!id });

export function useCompetition(id: string) {
  return useQuery(getCompetitionQueryOptions(id));
}
