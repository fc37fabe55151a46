import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export async function getSectors() {
  return unwrap(await api.GET('/api/v1/reference/sectors'));
}

export const getSectorsQueryOptions = () =>
  queryOptions({ queryKey: ['reference', 'sectors'], queryFn: getSectors, staleTime: Infinity });

export function useSectors() {
  return useQuery(getSectorsQueryOptions());
}
