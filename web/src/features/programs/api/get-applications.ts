import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ApplicationDetails } from '@/lib/api/schema-types';

const PAGE = 100;

/** Every application of a call the caller may see (all pages): the call board groups them by state. */
export async function getCallApplications(callId: string, signal?: AbortSignal): Promise<ApplicationDetails[]> {
  const items: ApplicationDetails[] = [];
  for (let page = 1; ; page++) {
    const data = unwrap(
      await api.GET('/api/v1/applications', { params: { query: { callId, page, pageSize: PAGE } }, signal }),
    );
    items.push(...data.items);
    if (data.items.length < PAGE || items.length >= data.total) return items;
  }
}

export const getCallApplicationsQueryOptions = (callId: string) =>
  queryOptions({
    queryKey: ['applications', 'list', { callId }],
    queryFn: ({ signal }) => getCallApplications(callId, signal),
  });

export function useCallApplications(callId: string) {
  return useQuery(getCallApplicationsQueryOptions(callId));
}
