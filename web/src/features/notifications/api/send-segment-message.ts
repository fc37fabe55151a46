import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { SegmentFilter, SegmentMessageText } from '@/lib/api/schema-types';
import { segmentMessageKeys } from '@/features/notifications/api/get-segment-messages';

export type SendSegmentMessageInput = { filter: SegmentFilter; texts: SegmentMessageText[]; fingerprint: string };

/** Sends the message to the audience previewed (202: the campaign, sent in the background); a changed audience is 409. */
export async function sendSegmentMessage(input: SendSegmentMessageInput) {
  return unwrap(await api.POST('/api/v1/notifications/segment-messages', { body: input }));
}

export function useSendSegmentMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendSegmentMessage,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: segmentMessageKeys.all }),
  });
}
