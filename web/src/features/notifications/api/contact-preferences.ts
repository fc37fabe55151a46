import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { NotificationPreferenceChoice } from '@/lib/api/schema-types';

export const contactPreferenceKeys = { of: (token: string) => ['contact-preferences', token] as const };

/** The choices of the recipient a message's signed link names; no sign-in: the token is the credential. */
export async function getContactPreferences(token: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/notifications/contact-preferences', { params: { query: { token } }, signal }));
}

export function useContactPreferences(token: string) {
  return useQuery({ queryKey: contactPreferenceKeys.of(token), queryFn: ({ signal }) => getContactPreferences(token, signal), enabled: !!token, retry: false });
}

/** Records several switches at once (cells not sent keep their state); the answer is the whole matrix. */
export async function updateContactPreferences({ token, items }: { token: string; items: NotificationPreferenceChoice[] }) {
  return unwrap(await api.PUT('/api/v1/notifications/contact-preferences', { body: { token, items } }));
}

export function useUpdateContactPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContactPreferences,
    onSuccess: (matrix, { token }) => queryClient.setQueryData(contactPreferenceKeys.of(token), matrix),
  });
}
