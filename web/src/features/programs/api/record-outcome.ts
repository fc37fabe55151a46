import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RecordOutcomeCommand } from '@/lib/api/schema-types';
import { invalidateApplicationViews } from '@/features/programs/api/invalidate';

export type RecordOutcomeInput = { id: string; body: RecordOutcomeCommand };

/** Records an outcome measurement against one of the program's indicators (409 outcome.duplicate on the same day). */
export async function recordOutcome({ id, body }: RecordOutcomeInput) {
  return unwrap(await api.POST('/api/v1/applications/{id}/outcomes', { params: { path: { id } }, body }));
}

export function useRecordOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordOutcome,
    onSuccess: () => invalidateApplicationViews(queryClient),
  });
}
