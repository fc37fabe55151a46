import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { CompetitionDetails, CreateCompetitionCommand, UpdateCompetitionCommand } from '@/lib/api/schema-types';
import { competitionQueryKey, type VersionedCompetition } from '@/features/bank/api/get-competition';

/** Creates a competition linked to an ideathon event (staff of its region). */
export async function createCompetition(body: CreateCompetitionCommand): Promise<VersionedCompetition> {
  const result = await api.POST('/api/v1/competitions', { body });
  return { competition: unwrap(result), etag: etagOf(result) };
}

export type UpdateCompetitionInput = { id: string; etag: string; body: UpdateCompetitionCommand };

/** Replaces a competition (also how it opens, moves to judging and publishes its results); If-Match carries the ETag. */
export async function updateCompetition({ id, etag, body }: UpdateCompetitionInput): Promise<VersionedCompetition> {
  const result = await api.PUT('/api/v1/competitions/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body });
  return { competition: unwrap(result), etag: etagOf(result) };
}

/** The command that replaces a competition with what it is now, with some fields changed (e.g. its status). */
export function competitionCommandFrom(c: CompetitionDetails, patch: Partial<UpdateCompetitionCommand> = {}): UpdateCompetitionCommand {
  return {
    titleAr: c.titleAr ?? null,
    titleFr: c.titleFr ?? null,
    description: c.description ?? null,
    eventId: c.eventId,
    programId: c.programId ?? null,
    regionCode: c.regionCode ?? null,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    criteria: c.criteria,
    tieBreakCriterion: c.tieBreakCriterion,
    status: c.status,
    ...patch,
  };
}

export function useCreateCompetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCompetition,
    onSuccess: (data) => {
      queryClient.setQueryData(competitionQueryKey(data.competition.id), data);
      void queryClient.invalidateQueries({ queryKey: ['competitions', 'list'] });
    },
  });
}

export function useUpdateCompetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCompetition,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(competitionQueryKey(id), data);
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: ['competitions', 'list'] }),
        queryClient.invalidateQueries({ queryKey: [...competitionQueryKey(id), 'ranking'] }),
      ]);
    },
  });
}
