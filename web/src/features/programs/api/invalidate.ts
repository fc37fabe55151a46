import type { QueryClient } from '@tanstack/react-query';

/**
 * After an application changes (created, edited, submitted, moved, scored, supported): everything that shows
 * applications is read again — the application, the call's board, ranking and reviewers, review queues, the
 * open calls of a manager's cooperatives and the program reports. The reads are started, not awaited: the write is done
 * when the server has taken it (ADR 0037).
 */
export function invalidateApplicationViews(queryClient: QueryClient): void {
  void Promise.all([
    queryClient.invalidateQueries({ queryKey: ['applications'] }),
    queryClient.invalidateQueries({ queryKey: ['calls', 'detail'] }),
    queryClient.invalidateQueries({ queryKey: ['reviews'] }),
    queryClient.invalidateQueries({ queryKey: ['programs', 'detail'] }),
    queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'cooperatives' && q.queryKey[3] === 'open-calls',
    }),
  ]);
}
