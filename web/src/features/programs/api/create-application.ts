import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateApplicationCommand } from '@/lib/api/schema-types';
import { invalidateApplicationViews } from '@/features/programs/api/invalidate';

export type CreateApplicationInput = { callId: string; body: CreateApplicationCommand };

/** Starts a cooperative's application (a draft); 409 application.duplicate names the existing one, 409 call.closed after the deadline. */
export async function createApplication({ callId, body }: CreateApplicationInput) {
  return unwrap(await api.POST('/api/v1/calls/{id}/applications', { params: { path: { id: callId } }, body }));
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApplication,
    onSuccess: () => invalidateApplicationViews(queryClient),
  });
}
