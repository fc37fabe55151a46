import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Stops (or, with enabled = true, restores) what a signed link names; no sign-in: the token is the credential. */
export async function unsubscribe({ token, enabled = false }: { token: string; enabled?: boolean }) {
  return unwrap(await api.POST('/api/v1/notifications/unsubscribe', { body: { token, enabled } }));
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: unsubscribe });
}
