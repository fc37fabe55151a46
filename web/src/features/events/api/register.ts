import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RegisterForEventCommand } from '@/lib/api/schema-types';
import { invalidateRegistrationViews } from '@/features/events/api/keys';

export type RegisterInput = { eventId: string; body: RegisterForEventCommand };

/** A seat while any is left, else the waitlist. The answer carries the self-service code, once. */
export async function registerForEvent({ eventId, body }: RegisterInput) {
  return unwrap(await api.POST('/api/v1/events/{id}/registrations', { params: { path: { id: eventId } }, body }));
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: registerForEvent, onSuccess: () => invalidateRegistrationViews(queryClient) });
}
