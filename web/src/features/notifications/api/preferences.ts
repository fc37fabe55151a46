import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { NotificationPreferenceChoice } from '@/lib/api/schema-types';

export const preferenceKeys = { mine: ['notification-preferences'] as const };

/** The caller's choices: every topic × channel, with the consent's source and time. */
export async function getPreferences(signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/notifications/preferences', { signal }));
}

export function usePreferences() {
  return useQuery({ queryKey: preferenceKeys.mine, queryFn: ({ signal }) => getPreferences(signal) });
}

/** Records the choices (cells not sent keep their state); the answer is the whole matrix. */
export async function updatePreferences(items: NotificationPreferenceChoice[]) {
  return unwrap(await api.PUT('/api/v1/notifications/preferences', { body: { items } }));
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (matrix) => queryClient.setQueryData(preferenceKeys.mine, matrix),
  });
}
