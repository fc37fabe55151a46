import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf, type Versioned } from '@/lib/api/versioned';
import type { OrganisationDetails } from '@/lib/api/schema-types';

export type VersionedOrganisation = Versioned<{ organisation: OrganisationDetails }>;

/** One organisation with the ETag to send back in If-Match. */
export async function getOrganisation(id: string, signal?: AbortSignal): Promise<VersionedOrganisation> {
  const result = await api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal });
  return { organisation: unwrap(result), etag: etagOf(result) };
}

export const organisationQueryKey = (id: string) => ['organisations', 'detail', id] as const;

export const getOrganisationQueryOptions = (id: string) =>
  queryOptions({ queryKey: organisationQueryKey(id), queryFn: ({ signal }) => getOrganisation(id, signal) });

export function useOrganisation(id: string) {
  return useQuery(getOrganisationQueryOptions(id));
}
