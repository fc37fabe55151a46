import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { UpdateEventCommand } from '@/lib/api/schema-types';
import { eventKeys } from '@/features/events/api/keys';

export type UpdateEventInput = { id: string; etag: string; body: UpdateEventCommand };

/** Replaces the event; If-Match carries the ETag (412 when someone else changed it meanwhile). */
export async function updateEvent({ id, etag, body }: UpdateEventInput) {
  const result = await api.PUT('/api/v1/events/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body });
  return { event: unwrap(result), etag: etagOf(result) };
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(eventKeys.detail(id), data);
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.lists }),
        queryClient.invalidateQueries({ queryKey: eventKeys.attendance(id) }),
      ]);
    },
  });
}
