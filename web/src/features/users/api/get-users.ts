import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type UsersFilters = { q?: string; role?: string; page?: number };
export const USERS_PAGE_SIZE = 25;

export async function getUsers(f: UsersFilters, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/users', {
      params: { query: { q: f.q || undefined, role: f.role || undefined, page: f.page ?? 1, pageSize: USERS_PAGE_SIZE } },
      signal,
    }),
  );
}

export const getUsersQueryOptions = (f: UsersFilters) =>
  queryOptions({
    queryKey: ['users', 'list', f],
    queryFn: ({ signal }) => getUsers(f, signal),
    placeholderData: keepPreviousData,
  });

export function useUsers(f: UsersFilters) {
  return useQuery(getUsersQueryOptions(f));
}
