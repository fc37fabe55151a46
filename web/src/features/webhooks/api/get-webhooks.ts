import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export async function getWebhooks(signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/webhooks', { signal }));
}

export const getWebhooksQueryOptions = () =>
  queryOptions({ queryKey: ['webhooks', 'list'], queryFn: ({ signal }) => getWebhooks(signal) });

export function useWebhooks() {
  return useQuery(getWebhooksQueryOptions());
}
