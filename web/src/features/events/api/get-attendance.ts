import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { eventKeys } from '@/features/events/api/keys';

/** Registered, waitlisted, cancelled, attended, walk-ins; by region and for women-led cooperatives. */
export async function getAttendance(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/events/{id}/attendance', { params: { path: { id } }, signal }));
}

export const getAttendanceQueryOptions = (id: string) =>
  queryOptions({ queryKey: eventKeys.attendance(id), queryFn: ({ signal }) => getAttendance(id, signal) });

export function useAttendance(id: string) {
  return useQuery(getAttendanceQueryOptions(id));
}
