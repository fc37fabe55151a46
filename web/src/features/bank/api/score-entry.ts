import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { JurorAssignment, ScoreEntryCommand } from '@/lib/api/schema-types';
import { competitionQueryKey } from '@/features/bank/api/get-competition';
import { myJuryQueryKey } from '@/features/bank/api/get-my-jury';

export type ScoreEntryInput = { competitionId: string; entryId: string; body: ScoreEntryCommand };

/** The caller's score sheet for an entry (0–10 per criterion); sending again replaces it. A conflict of interest is a 409. */
export async function scoreEntry({ competitionId, entryId, body }: ScoreEntryInput) {
  return unwrap(
    await api.PUT('/api/v1/competitions/{id}/entries/{entryId}/scores/mine', {
      params: { path: { id: competitionId, entryId } },
      body,
    }),
  );
}

export function useScoreEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: scoreEntry,
    onSuccess: (sheet, { competitionId }) => {
      // The sheet replaces the caller's earlier one at once (progress "n of m"), then everything is read again.
      queryClient.setQueryData(myJuryQueryKey(competitionId), (old: JurorAssignment | undefined) =>
        old ? { ...old, mySheets: [...old.mySheets.filter((s) => s.entryId !== sheet.entryId), sheet] } : old,
      );
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: [...competitionQueryKey(competitionId), 'jurors'] }),
        queryClient.invalidateQueries({ queryKey: [...competitionQueryKey(competitionId), 'ranking'] }),
      ]);
    },
  });
}
