import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type ImpactPeriod = { from?: string; to?: string };

/** Each project's dated impact assessments, optionally within a period. */
export async function getNetworkImpact(id: string, period: ImpactPeriod, signal?: AbortSignal) {
  const query = { from: period.from || undefined, to: period.to || undefined };
  return unwrap(await api.GET('/api/v1/networks/{id}/impact', { params: { path: { id }, query }, signal }));
}

export const getNetworkImpactQueryOptions = (id: string, period: ImpactPeriod) =>
  queryOptions({
    queryKey: ['networks', 'detail', id, 'impact', period],
    queryFn: ({ signal }) => getNetworkImpact(id, period, signal),
    placeholderData: keepPreviousData,
  });

export function useNetworkImpact(id: string, period: ImpactPeriod) {
  return useQuery(getNetworkImpactQueryOptions(id, period));
}
