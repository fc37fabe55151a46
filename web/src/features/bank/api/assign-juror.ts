import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { competitionQueryKey } from '@/features/bank/api/get-competition';

export type AssignJurorInput = { competitionId: string; jurorId: string; entries?: string[] | null };

/**
 * Puts a user on the jury, for all entries or the ones named; never for an entry of a cooperative they manage
 * (409 jury.conflict_of_interest), once per juror (409 juror.already_assigned).
 */
export async function assignJuror({ competitionId, jurorId, entries }: AssignJurorInput) {
  return unwrap(
    await api.POST('/api/v1/competitions/{id}/jurors', {
      params: { path: { id: competitionId } },
      body: { jurorId, entries: entries && entries.length > 0 ? entries : null },
    }),
  );
}

export function useAssignJuror() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignJuror,
    onSuccess: (_, { competitionId }) =>
      void queryClient.invalidateQueries({ queryKey: [...competitionQueryKey(competitionId), 'jurors'] }),
  });
}
