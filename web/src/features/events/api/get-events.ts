import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { readWithSavedCopy, type ReadFetch } from '@/lib/offline/saved-copy';
import { eventKeys } from '@/features/events/api/keys';

export type EventFilters = {
  q?: string;
  region?: string;
  kind?: string;
  /** yyyy-MM, Casablanca time. */
  month?: string;
  when?: string;
  page?: number;
  pageSize?: number;
};

export const EVENTS_PAGE_SIZE = 20;
/** A month on the calendar: every event of it on one page (the API allows at most 100). */
export const CALENDAR_PAGE_SIZE = 100;

export async function getEvents(f: EventFilters, signal?: AbortSignal, fetch?: ReadFetch) {
  const query = {
    q: f.q || undefined,
    region: f.region || undefined,
    kind: f.kind || undefined,
    month: f.month || undefined,
    when: f.when || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: f.pageSize ?? EVENTS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/v1/events', { params: { query }, signal, ...(fetch && { fetch }) }));
}

export const getEventsQueryOptions = (filters: EventFilters) =>
  queryOptions({
    queryKey: [...eventKeys.lists, filters],
    // A manager coming back sees the events saved at her last visit when the answer is slow (lib/offline/saved-copy.ts).
    queryFn: (context) => readWithSavedCopy(context, (fetch) => getEvents(filters, context.signal, fetch)),
    placeholderData: keepPreviousData,
  });

export function useEvents(filters: EventFilters) {
  return useQuery(getEventsQueryOptions(filters));
}
