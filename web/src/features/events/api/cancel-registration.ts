import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { invalidateRegistrationViews } from '@/features/events/api/keys';

export type CancelRegistrationInput = { eventId: string; registrationId: string };

/** Cancels a registration (the cooperative's manager or the organisers); a freed seat goes to the first waitlisted. */
export async function cancelRegistration({ eventId, registrationId }: CancelRegistrationInput) {
  return unwrap(
    await api.POST('/api/v1/events/{id}/registrations/{registrationId}/cancel', {
      params: { path: { id: eventId, registrationId } },
    }),
  );
}

export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelRegistration, onSuccess: () => invalidateRegistrationViews(queryClient) });
}
