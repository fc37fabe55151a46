import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RegistrationPage } from '@/lib/api/schema-types';
import { eventKeys } from '@/features/events/api/keys';

export type CheckInInput = { eventId: string; code?: string; registrationId?: string };

/** Checks a participant in by code or from the list; twice is not an error (alreadyCheckedIn). */
export async function checkIn({ eventId, code, registrationId }: CheckInInput) {
  const body = registrationId ? { registrationId } : { code: code ?? '' };
  return unwrap(await api.POST('/api/v1/events/{id}/check-in', { params: { path: { id: eventId } }, body }));
}

function afterCheckIn(queryClient: ReturnType<typeof useQueryClient>, eventId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: eventKeys.registrations(eventId) }),
    queryClient.invalidateQueries({ queryKey: eventKeys.attendance(eventId) }),
    queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
  ]);
}

/** Check-in by the code a participant shows. */
export function useCheckInByCode() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: checkIn, onSettled: (_d, _e, { eventId }) => afterCheckIn(queryClient, eventId) });
}

type Snapshot = { previous: [QueryKey, RegistrationPage | undefined][] };

/**
 * Check-in from the registrations table, shown at once: the row turns "attended" in every cached page of
 * the event's registrations before the server answers, and goes back if the server refuses.
 */
export function useCheckInRow() {
  const queryClient = useQueryClient();
  return useMutation<Awaited<ReturnType<typeof checkIn>>, Error, CheckInInput & { registrationId: string }, Snapshot>({
    mutationFn: checkIn,
    onMutate: async ({ eventId, registrationId }) => {
      const key = eventKeys.registrations(eventId);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueriesData<RegistrationPage>({ queryKey: key });
      const now = new Date().toISOString();
      queryClient.setQueriesData<RegistrationPage>({ queryKey: key }, (page) =>
        page
          ? {
              ...page,
              items: page.items.map((r) =>
                r.id === registrationId ? { ...r, status: 'attended', checkedInAt: r.checkedInAt ?? now } : r,
              ),
            }
          : page,
      );
      return { previous };
    },
    onError: (_error, _input, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: (_d, _e, { eventId }) => afterCheckIn(queryClient, eventId),
  });
}
