import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AwardInput } from '@/lib/api/schema-types';
import { rankingQueryKey } from '@/features/bank/api/get-ranking';

export type SetAwardsInput = { competitionId: string; awards: AwardInput[] };

/** Replaces the awards (rank, prize, amount); the answer is the ranking with them. */
export async function setAwards({ competitionId, awards }: SetAwardsInput) {
  return unwrap(await api.PUT('/api/v1/competitions/{id}/awards', { params: { path: { id: competitionId } }, body: { awards } }));
}

export function useSetAwards() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAwards,
    onSuccess: (ranking, { competitionId }) => queryClient.setQueryData(rankingQueryKey(competitionId), ranking),
  });
}
