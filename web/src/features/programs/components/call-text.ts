import type { CallDetails } from '@/lib/api/schema-types';

export type CallPhase = 'open' | 'upcoming' | 'closed';

/** Whether the call accepts applications now, has not opened yet, or has closed. */
export function phaseOf(call: Pick<CallDetails, 'isOpen' | 'opensAtUtc'>, now: Date = new Date()): CallPhase {
  if (call.isOpen) return 'open';
  return new Date(call.opensAtUtc).getTime() > now.getTime() ? 'upcoming' : 'closed';
}
