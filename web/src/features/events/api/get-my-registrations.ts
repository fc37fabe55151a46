import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { eventKeys } from '@/features/events/api/keys';

/** The registrations of the cooperatives the signed-in caller manages, soonest event first. */
export async function getMyRegistrations(signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/events/registrations/mine', { signal }));
}

export const getMyRegistrationsQueryOptions = () =>
  queryOptions({ queryKey: eventKeys.mine, queryFn: ({ signal }) => getMyRegistrations(signal) });

export function useMyRegistrations(enabled = true) {
  return useQuery({ ...getMyRegistrationsQueryOptions(), enabled });
}
