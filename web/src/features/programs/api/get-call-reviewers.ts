import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The call's reviewers with their progress (reviewed, still to review). */
export async function getCallReviewers(callId: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/calls/{id}/reviewers', { params: { path: { id: callId } }, signal }));
}

export const callReviewersQueryKey = (callId: string) => ['calls', 'detail', callId, 'reviewers'] as const;

export const getCallReviewersQueryOptions = (callId: string) =>
  queryOptions({ queryKey: callReviewersQueryKey(callId), queryFn: ({ signal }) => getCallReviewers(callId, signal) });

export function useCallReviewers(callId: string) {
  return useQuery(getCallReviewersQueryOptions(callId));
}
