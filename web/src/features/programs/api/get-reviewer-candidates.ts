import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Staff of the program's regions (and administrators) not yet reviewing the call. */
export async function getReviewerCandidates(callId: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/calls/{id}/reviewer-candidates', { params: { path: { id: callId } }, signal }));
}

export const getReviewerCandidatesQueryOptions = (callId: string) =>
  queryOptions({
    queryKey: ['calls', 'detail', callId, 'reviewer-candidates'],
    queryFn: ({ signal }) => getReviewerCandidates(callId, signal),
  });

export function useReviewerCandidates(callId: string) {
  return useQuery(getReviewerCandidatesQueryOptions(callId));
}
