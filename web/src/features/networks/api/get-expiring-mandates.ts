import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export const EXPIRING_WITHIN_DAYS = 90;

/** Current mandates whose term ends within the given number of days. */
export async function getExpiringMandates(id: string, within: number, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/networks/{id}/mandates/expiring', { params: { path: { id }, query: { within } }, signal }),
  );
}

export const getExpiringMandatesQueryOptions = (id: string, within = EXPIRING_WITHIN_DAYS) =>
  queryOptions({
    queryKey: ['networks', 'detail', id, 'expiring', within],
    queryFn: ({ signal }) => getExpiringMandates(id, within, signal),
  });

export function useExpiringMandates(id: string, within = EXPIRING_WITHIN_DAYS) {
  return useQuery(getExpiringMandatesQueryOptions(id, within));
}
