import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { competitionQueryKey } from '@/features/bank/api/get-competition';

export type EnterCompetitionInput = { competitionId: string; ideaId: string };

/** Enters a published idea while the competition is open (409 competition.closed, idea.not_published, entry.duplicate). */
export async function enterCompetition({ competitionId, ideaId }: EnterCompetitionInput) {
  return unwrap(await api.POST('/api/v1/competitions/{id}/entries', { params: { path: { id: competitionId } }, body: { ideaId } }));
}

export function useEnterCompetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enterCompetition,
    // The entries, the entry count, the jury's progress and the ranking all change.
    onSuccess: (_, { competitionId }) => void queryClient.invalidateQueries({ queryKey: competitionQueryKey(competitionId) }),
  });
}
