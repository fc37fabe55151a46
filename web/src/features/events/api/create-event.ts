import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import type { CreateEventCommand } from '@/lib/api/schema-types';
import { eventKeys } from '@/features/events/api/keys';

/** Creates an event (staff of its region); times are Casablanca wall-clock times without an offset. */
export async function createEvent(body: CreateEventCommand) {
  const result = await api.POST('/api/v1/events', { body });
  return { event: unwrap(result), etag: etagOf(result) };
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (data) => {
      queryClient.setQueryData(eventKeys.detail(data.event.id), data);
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists });
    },
  });
}
