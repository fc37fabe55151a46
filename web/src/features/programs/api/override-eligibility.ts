import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { invalidateApplicationViews } from '@/features/programs/api/invalidate';

export type OverrideEligibilityInput = { id: string; eligible: boolean; reason: string };

/** Staff override of the eligibility check, with a reason (only before review starts). */
export async function overrideEligibility({ id, eligible, reason }: OverrideEligibilityInput) {
  return unwrap(
    await api.POST('/api/v1/applications/{id}/eligibility', { params: { path: { id } }, body: { eligible, reason } }),
  );
}

export function useOverrideEligibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: overrideEligibility,
    onSuccess: () => invalidateApplicationViews(queryClient),
  });
}
