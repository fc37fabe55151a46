import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ApplicationStatus } from '@/lib/api/schema-types';
import { invalidateApplicationViews } from '@/features/programs/api/invalidate';

export type TransitionInput = { id: string; to: ApplicationStatus; reason?: string | null };

/**
 * Moves an application (start review, decisions with a reason, support, completion, withdrawal). 409 call.places_full
 * when every place is taken; 409 application.transition_not_allowed lists the `allowed` moves.
 */
export async function transitionApplication({ id, to, reason }: TransitionInput) {
  return unwrap(
    await api.POST('/api/v1/applications/{id}/transitions', {
      params: { path: { id } },
      body: { to, reason: reason?.trim() || null },
    }),
  );
}

export function useTransitionApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionApplication,
    onSuccess: () => invalidateApplicationViews(queryClient),
  });
}
