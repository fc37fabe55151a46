import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { UpdateOrganisationCommand } from '@/lib/api/schema-types';
import { organisationQueryKey } from '@/features/organisations/api/get-organisation';

export type UpdateOrganisationInput = { id: string; etag: string; body: UpdateOrganisationCommand };

/** Replaces the organisation; If-Match carries the ETag read with it (412 when someone else changed it). */
export async function updateOrganisation({ id, etag, body }: UpdateOrganisationInput) {
  const result = await api.PUT('/api/v1/organisations/{id}', {
    params: { path: { id } },
    headers: { 'If-Match': etag },
    body,
  });
  return { organisation: unwrap(result), etag: etagOf(result) };
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(organisationQueryKey(id), data);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
    },
  });
}
