import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { SegmentFilter } from '@/lib/api/schema-types';

/** Who a staff message to these filters would reach: cooperatives, messages per channel after consent, and the fingerprint to send back. */
export async function previewSegmentMessage(filter: SegmentFilter) {
  return unwrap(
    await api.GET('/api/v1/notifications/segment-messages/preview', {
      params: {
        query: {
          region: filter.region ?? undefined,
          province: filter.province ?? undefined,
          sector: filter.sector ?? undefined,
          status: filter.status ?? undefined,
          womenLed: filter.womenLed ?? undefined,
        },
      },
    }),
  );
}

/** A preview is asked for, not followed: a mutation keeps the counts of the filters that were previewed. */
export function usePreviewSegmentMessage() {
  return useMutation({ mutationFn: previewSegmentMessage });
}
