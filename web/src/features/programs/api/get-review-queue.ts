import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The applications under review in the calls the caller reviews (never their own cooperatives'). */
export async function getReviewQueue(signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/reviews/queue', { signal }));
}

export const getReviewQueueQueryOptions = () =>
  queryOptions({ queryKey: ['reviews', 'queue'], queryFn: ({ signal }) => getReviewQueue(signal) });

export function useReviewQueue() {
  return useQuery(getReviewQueueQueryOptions());
}
