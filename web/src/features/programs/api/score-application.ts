import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ScoreApplicationCommand } from '@/lib/api/schema-types';
import { invalidateApplicationViews } from '@/features/programs/api/invalidate';

export type ScoreApplicationInput = { id: string; body: ScoreApplicationCommand };

/** The caller's scores (0–10 per criterion); sending again replaces them. 409 review.conflict_of_interest, application.not_under_review. */
export async function scoreApplication({ id, body }: ScoreApplicationInput) {
  return unwrap(await api.PUT('/api/v1/applications/{id}/reviews/mine', { params: { path: { id } }, body }));
}

export function useScoreApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: scoreApplication,
    onSuccess: () => invalidateApplicationViews(queryClient),
  });
}
