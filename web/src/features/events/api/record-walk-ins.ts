import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import { eventKeys } from '@/features/events/api/keys';

export type RecordWalkInsInput = { id: string; walkIns: number };

/** Sets the manual headcount of people present without a registration. */
export async function recordWalkIns({ id, walkIns }: RecordWalkInsInput) {
  const result = await api.PUT('/api/v1/events/{id}/walk-ins', { params: { path: { id } }, body: { walkIns } });
  return { event: unwrap(result), etag: etagOf(result) };
}

export function useRecordWalkIns() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordWalkIns,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(eventKeys.detail(id), data);
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.attendance(id) }),
        queryClient.invalidateQueries({ queryKey: eventKeys.lists }),
      ]);
    },
  });
}
