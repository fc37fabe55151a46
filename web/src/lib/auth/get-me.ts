import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { Me } from '@/lib/api/schema-types';

/** The signed-in caller, or null when anonymous (401). */
export async function getMe(): Promise<Me | null> {
  const { data, error, response } = await api.GET('/api/v1/auth/me');
  if (response.status === 401) return null;
  if (error !== undefined || !data) throw new ApiError(response.status, error as Problem | undefined);
  return data;
}

export const meQueryKey = ['auth', 'me'] as const;

export const getMeQueryOptions = () =>
  queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false });

export function useMe() {
  return useQuery(getMeQueryOptions());
}
