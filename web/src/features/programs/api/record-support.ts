import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RecordSupportCommand } from '@/lib/api/schema-types';
import { invalidateApplicationViews } from '@/features/programs/api/invalidate';

export type RecordSupportInput = { id: string; body: RecordSupportCommand };

/** Records support delivered to a beneficiary; the first one moves a selected application to supported. */
export async function recordSupport({ id, body }: RecordSupportInput) {
  return unwrap(await api.POST('/api/v1/applications/{id}/support', { params: { path: { id } }, body }));
}

export function useRecordSupport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordSupport,
    onSuccess: () => invalidateApplicationViews(queryClient),
  });
}
