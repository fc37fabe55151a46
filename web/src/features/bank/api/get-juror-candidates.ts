import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Staff of the competition's region (and national staff) who are not on its jury yet. */
export async function getJurorCandidates(competitionId: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/competitions/{id}/juror-candidates', { params: { path: { id: competitionId } }, signal }));
}

export const jurorCandidatesQueryOptions = (competitionId: string) =>
  queryOptions({
    queryKey: ['competitions', competitionId, 'juror-candidates'],
    queryFn: ({ signal }) => getJurorCandidates(competitionId, signal),
  });

export function useJurorCandidates(competitionId: string) {
  return useQuery(jurorCandidatesQueryOptions(competitionId));
}
