import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export const ELIGIBLE_PAGE_SIZE = 20;

/** Registry cooperatives meeting every rule of the call that have not applied yet: whom to invite (staff). */
export async function getEligibleCooperatives(callId: string, page: number, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/calls/{id}/eligible-cooperatives', {
      params: { path: { id: callId }, query: { page: page > 1 ? page : undefined, pageSize: ELIGIBLE_PAGE_SIZE } },
      signal,
    }),
  );
}

export const getEligibleCooperativesQueryOptions = (callId: string, page: number) =>
  queryOptions({
    queryKey: ['calls', 'detail', callId, 'eligible-cooperatives', page],
    queryFn: ({ signal }) => getEligibleCooperatives(callId, page, signal),
    placeholderData: keepPreviousData,
  });

export function useEligibleCooperatives(callId: string, page: number) {
  return useQuery(getEligibleCooperativesQueryOptions(callId, page));
}
