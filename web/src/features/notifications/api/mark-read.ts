import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { notificationKeys } from '@/features/notifications/api/get-notifications';

/** Marks one message of the caller's inbox read; the bell and the inbox refresh. */
export async function markRead(id: string) {
  return unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
