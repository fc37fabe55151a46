import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/problem';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Ask once even when the browser says it is offline: the service worker may answer from its cache (ADR 0019).
        // Retries then wait for the connection instead of failing.
        networkMode: 'offlineFirst',
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}
