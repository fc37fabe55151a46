import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Ideathon events (of the Events module), to link a new competition to one. */
export async function getIdeathons(signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/events', { params: { query: { kind: 'ideathon', when: 'all', pageSize: 100 } }, signal }));
}

export const getIdeathonsQueryOptions = () =>
  queryOptions({ queryKey: ['events', 'list', { kind: 'ideathon', when: 'all', purpose: 'competition-form' }], queryFn: ({ signal }) => getIdeathons(signal) });

export function useIdeathons() {
  return useQuery(getIdeathonsQueryOptions());
}
