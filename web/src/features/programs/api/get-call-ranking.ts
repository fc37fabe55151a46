import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The call's applications ranked by the mean weighted score (ties: earlier submission), with places taken. */
export async function getCallRanking(callId: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/calls/{id}/ranking', { params: { path: { id: callId } }, signal }));
}

export const getCallRankingQueryOptions = (callId: string) =>
  queryOptions({
    queryKey: ['calls', 'detail', callId, 'ranking'],
    queryFn: ({ signal }) => getCallRanking(callId, signal),
  });

export function useCallRanking(callId: string) {
  return useQuery(getCallRankingQueryOptions(callId));
}
