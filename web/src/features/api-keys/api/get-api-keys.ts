import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export async function getApiKeys(signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/api-keys', { signal }));
}

export const getApiKeysQueryOptions = () =>
  queryOptions({ queryKey: ['api-keys'], queryFn: ({ signal }) => getApiKeys(signal) });

export function useApiKeys() {
  return useQuery(getApiKeysQueryOptions());
}
