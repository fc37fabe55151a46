import type { components } from '@/lib/api/schema';

/** Named aliases of the generated schema types of the Programs module (no hand-written API types). */
type S = components['schemas'];
export type ProgramDetails = S['ProgramDetails'];
export type ProgramPage = S['ProgramPage'];
export type ProgramPartner = S['ProgramPartner'];
export type PartnerRole = S['PartnerRole'];
export type SupportAxis = S['SupportAxis'];
export type OutcomeIndicator = S['OutcomeIndicator'];
export type CreateProgramCommand = S['CreateProgramCommand'];
export type UpdateProgramCommand = S['UpdateProgramCommand'];
export type ProgramReport = S['ProgramReport'];
export type IndicatorProgress = S['IndicatorProgress'];
export type CallDetails = S['CallDetails'];
export type CallPage = S['CallPage'];
export type CallStatus = S['CallStatus'];
export type EligibilityRules = S['EligibilityRules'];
export type RequiredDocument = S['RequiredDocument'];
export type EvaluationCriterion = S['EvaluationCriterion'];
export type CreateCallCommand = S['CreateCallCommand'];
export type UpdateCallCommand = S['UpdateCallCommand'];
export type OpenCallForCooperative = S['OpenCallForCooperative'];
export type EligibilityFailure = S['EligibilityFailure'];
export type EligibleCooperative = S['EligibleCooperative'];
export type ApplicationDetails = S['ApplicationDetails'];
export type ApplicationStatus = S['ApplicationStatus'];
export type ApplicationTransition = S['ApplicationTransition'];
export type CreateApplicationCommand = S['CreateApplicationCommand'];
export type UpdateApplicationCommand = S['UpdateApplicationCommand'];
export type DocumentLink = S['DocumentLink'];
export type ReviewDetails = S['ReviewDetails'];
export type ReviewQueueItem = S['ReviewQueueItem'];
export type ReviewerAssignment = S['ReviewerAssignment'];
export type ReviewerCandidate = S['ReviewerCandidate'];
export type CallRanking = S['CallRanking'];
export type RankedApplication = S['RankedApplication'];
export type ScoreApplicationCommand = S['ScoreApplicationCommand'];
export type SupportKind = S['SupportKind'];
export type SupportRecord = S['SupportRecord'];
export type OutcomeRecord = S['OutcomeRecord'];
export type RecordSupportCommand = S['RecordSupportCommand'];
export type RecordOutcomeCommand = S['RecordOutcomeCommand'];

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
