import type { QueryClient } from '@tanstack/react-query';

/** Query keys of the Events module: everything starts with 'events' (codes with 'registrations'). */
export const eventKeys = {
  all: ['events'] as const,
  lists: ['events', 'list'] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
  registrations: (id: string) => ['events', 'registrations', id] as const,
  attendance: (id: string) => ['events', 'attendance', id] as const,
  mine: ['events', 'mine'] as const,
  byCode: (code: string) => ['registrations', 'code', code] as const,
};

/**
 * After a registration changes (registered, cancelled, promoted, checked in): seats, lists, attendance and
 * "my registrations" are read again.
 */
export function invalidateRegistrationViews(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: eventKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['registrations'] }),
  ]);
}
