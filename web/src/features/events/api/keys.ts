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
export function invalidateRegistrationViews(queryClient: QueryClient): void {
  // Started, not awaited: the registration is done when the server has taken it (ADR 0037).
  void Promise.all([
    queryClient.invalidateQueries({ queryKey: eventKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['registrations'] }),
  ]);
}
