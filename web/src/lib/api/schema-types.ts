import type { components } from './schema';

/** Named aliases of generated schema types (no hand-written API types). */
type S = components['schemas'];
export type CooperativeDetails = S['CooperativeDetails'];
export type CooperativeListItem = S['CooperativeListItem'];
export type CooperativePage = S['CooperativePage'];
export type CooperativeStatus = S['CooperativeStatus'];
export type CapacityNeed = S['CapacityNeed'];
export type RegisterCooperativeCommand = S['RegisterCooperativeCommand'];
export type UpdateCooperativeCommand = S['UpdateCooperativeCommand'];
export type ChangeCooperativeStatusCommand = S['ChangeCooperativeStatusCommand'];
export type CooperativeStatusChange = S['CooperativeStatusChange'];
export type CooperativeImportReport = S['CooperativeImportReport'];
export type CooperativeImportError = S['CooperativeImportError'];
export type CooperativeStatistics = S['CooperativeStatistics'];
export type CooperativeStatisticsRow = S['CooperativeStatisticsRow'];
export type StatisticsGrouping = S['CooperativeStatisticsGrouping'];
export type Region = S['Region'];
export type Province = S['Province'];
export type Sector = S['Sector'];
export type LegalForm = S['LegalForm'];
export type Me = S['Me'];
export type Language = S['Language'];
export type UserDetails = S['UserDetails'];
export type UserPage = S['UserPage'];
export type CreateUserCommand = S['CreateUserCommand'];
export type UpdateUserCommand = S['UpdateUserCommand'];
export type ApiKeyDetails = S['ApiKeyDetails'];
export type CreateApiKeyCommand = S['CreateApiKeyCommand'];
export type CreatedApiKey = S['CreatedApiKey'];
export type AuditEntry = S['AuditEntry'];
export type AuditPage = S['AuditPage'];

export const COOPERATIVE_STATUSES: readonly CooperativeStatus[] = ['active', 'dormant', 'inLiquidation', 'dissolved'];
export const CAPACITY_NEEDS: readonly CapacityNeed[] = [
  'legal',
  'governance',
  'financing',
  'production',
  'marketing',
  'certification',
  'digital',
  'management',
];
export const LANGUAGES: readonly Language[] = ['ar', 'fr', 'en'];
