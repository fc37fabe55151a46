import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The application's reviews: staff running the program see all, a reviewer only their own. */
export async function getApplicationReviews(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/applications/{id}/reviews', { params: { path: { id } }, signal }));
}

export const getApplicationReviewsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['applications', 'detail', id, 'reviews'],
    queryFn: ({ signal }) => getApplicationReviews(id, signal),
  });

export function useApplicationReviews(id: string, enabled = true) {
  return useQuery({ ...getApplicationReviewsQueryOptions(id), enabled });
}
