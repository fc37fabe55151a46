import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { DeliveryStatus } from '@/features/webhooks/api/constants';

export type DeliveryFilters = { status?: DeliveryStatus; page?: number };
export const DELIVERIES_PAGE_SIZE = 20;

export async function getDeliveries(id: string, f: DeliveryFilters, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/webhooks/{id}/deliveries', {
      params: { path: { id }, query: { status: f.status, page: f.page ?? 1, pageSize: DELIVERIES_PAGE_SIZE } },
      signal,
    }),
  );
}

export const getDeliveriesQueryOptions = (id: string, f: DeliveryFilters) =>
  queryOptions({
    queryKey: ['webhooks', id, 'deliveries', f],
    queryFn: ({ signal }) => getDeliveries(id, f, signal),
    placeholderData: keepPreviousData,
  });

export function useDeliveries(id: string, f: DeliveryFilters) {
  return useQuery(getDeliveriesQueryOptions(id, f));
}
