import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { eventKeys } from '@/features/events/api/keys';

export type RegistrationFilters = { status?: string; q?: string; page?: number };

export const REGISTRATIONS_PAGE_SIZE = 50;

/** The event's registrations in order of arrival, with waitlist positions (organisers). */
export async function getRegistrations(eventId: string, f: RegistrationFilters, signal?: AbortSignal) {
  const query = {
    status: f.status || undefined,
    q: f.q || undefined,
    page: f.page && f.page > 1 ? f.page : undefined,
    pageSize: REGISTRATIONS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/v1/events/{id}/registrations', { params: { path: { id: eventId }, query }, signal }));
}

export const getRegistrationsQueryOptions = (eventId: string, filters: RegistrationFilters) =>
  queryOptions({
    queryKey: [...eventKeys.registrations(eventId), filters],
    queryFn: ({ signal }) => getRegistrations(eventId, filters, signal),
    placeholderData: keepPreviousData,
  });

export function useRegistrations(eventId: string, filters: RegistrationFilters) {
  return useQuery(getRegistrationsQueryOptions(eventId, filters));
}
