import type { ApplicationStatus, CallStatus, PartnerRole, SupportKind } from '@/lib/api/schema-types';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'underReview',
  'selected',
  'waitlisted',
  'rejected',
  'supported',
  'completed',
  'withdrawn',
];
/** States an application can still be withdrawn from (as the server's state machine says). */
export const WITHDRAWABLE: readonly ApplicationStatus[] = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'underReview',
  'selected',
  'waitlisted',
];
/** Selected, supported or completed: a beneficiary, who receives support and whose outcomes are measured. */
export const AWARDED: readonly ApplicationStatus[] = ['selected', 'supported', 'completed'];
export const CALL_STATUSES: readonly CallStatus[] = ['draft', 'published', 'cancelled'];
export const PARTNER_ROLES: readonly PartnerRole[] = ['funder', 'partner', 'implementer'];
export const SUPPORT_KINDS: readonly SupportKind[] = ['equipment', 'training', 'coaching', 'financing'];
export const COOPERATIVE_STATUS_RULES = ['active', 'dormant', 'inLiquidation', 'dissolved'] as const;
