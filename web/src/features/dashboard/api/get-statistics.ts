import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { StatisticsGrouping } from '@/lib/api/schema-types';

export type StatisticsFilters = { region?: string; sector?: string; status?: string; womenLed?: boolean };

export async function getStatistics(groupBy: StatisticsGrouping, filters: StatisticsFilters, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/cooperatives/statistics', {
      params: {
        query: {
          groupBy: groupBy,
          region: filters.region || undefined,
          sector: filters.sector || undefined,
          status: filters.status || undefined,
          womenLed: filters.womenLed ? true : undefined,
        },
      },
      signal,
    }),
  );
}

export const getStatisticsQueryOptions = (groupBy: StatisticsGrouping, filters: StatisticsFilters = {}) =>
  queryOptions({
    queryKey: ['cooperatives', 'statistics', groupBy, filters],
    queryFn: ({ signal }) => getStatistics(groupBy, filters, signal),
  });

export function useStatistics(groupBy: StatisticsGrouping, filters: StatisticsFilters = {}) {
  return useQuery(getStatisticsQueryOptions(groupBy, filters));
}
