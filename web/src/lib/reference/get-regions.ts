import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export async function getRegions() {
  return unwrap(await api.GET('/api/v1/reference/regions'));
}

export const getRegionsQueryOptions = () =>
  queryOptions({ queryKey: ['reference', 'regions'], queryFn: getRegions, staleTime: Infinity });

export function useRegions() {
  return useQuery(getRegionsQueryOptions());
}
