import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { readWithSavedCopy, type ReadFetch } from '@/lib/offline/saved-copy';

export const CALL_WHEN = ['open', 'upcoming', 'closed', 'all'] as const;
export type CallWhen = (typeof CALL_WHEN)[number];

export type CallFilters = { when?: string; programId?: string; region?: string; sector?: string; page?: number };

export const CALLS_PAGE_SIZE = 20;

/** Calls, soonest closing first; drafts and cancelled calls only reach staff. */
export async function getCalls(f: CallFilters, signal?: AbortSignal, fetch?: ReadFetch) {
  const query = {
    when: f.when || undefined,
    programId: f.programId || undefined,
    region: f.region || undefined,
    sector: f.sector || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: CALLS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/v1/calls', { params: { query }, signal, ...(fetch && { fetch }) }));
}

export const getCallsQueryOptions = (filters: CallFilters) =>
  queryOptions({
    queryKey: ['calls', 'list', filters],
    // A manager coming back sees the calls saved at her last visit when the answer is slow (lib/offline/saved-copy.ts).
    queryFn: (context) => readWithSavedCopy(context, (fetch) => getCalls(filters, context.signal, fetch)),
    placeholderData: keepPreviousData,
  });

export function useCalls(filters: CallFilters) {
  return useQuery(getCallsQueryOptions(filters));
}
