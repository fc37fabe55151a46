import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { isApiError, unwrap } from '@/lib/api/problem';
import type { CreateOrganisationCommand, OrganisationDetails } from '@/lib/api/schema-types';

export type CreateOrganisationInput = { body: CreateOrganisationCommand; force?: boolean };

/** Adds an organisation; a similar one in the same region is a 409 listing `candidates` unless force. */
export async function createOrganisation({ body, force }: CreateOrganisationInput) {
  return unwrap(
    await api.POST('/api/v1/organisations', { params: { query: force ? { force: true } : {} }, body }),
  );
}

/** The similar organisations a 409 "possible duplicate" lists, if that is what the error is. */
export function duplicateCandidatesOf(error: unknown): OrganisationDetails[] | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const candidates = error.problem.candidates;
  return Array.isArray(candidates) ? (candidates as OrganisationDetails[]) : null;
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
