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
export type OrganisationDetails = S['OrganisationDetails'];
export type OrganisationPage = S['OrganisationPage'];
export type OrganisationKind = S['OrganisationKind'];
export type CreateOrganisationCommand = S['CreateOrganisationCommand'];
export type UpdateOrganisationCommand = S['UpdateOrganisationCommand'];
export type NetworkDetails = S['NetworkDetails'];
export type NetworkPage = S['NetworkPage'];
export type NetworkKind = S['NetworkKind'];
export type NetworkScope = S['NetworkScope'];
export type NetworkStatus = S['NetworkStatus'];
export type CreateNetworkCommand = S['CreateNetworkCommand'];
export type UpdateNetworkCommand = S['UpdateNetworkCommand'];
export type NetworkMember = S['NetworkMember'];
export type MemberType = S['MemberType'];
export type AddNetworkMemberCommand = S['AddNetworkMemberCommand'];
export type EndNetworkMembershipCommand = S['EndNetworkMembershipCommand'];
export type NetworkBody = S['NetworkBody'];
export type BodyKind = S['BodyKind'];
export type NetworkMandate = S['NetworkMandate'];
export type MandateRole = S['MandateRole'];
export type CreateNetworkBodyCommand = S['CreateNetworkBodyCommand'];
export type AppointMandateCommand = S['AppointMandateCommand'];
export type EndMandateCommand = S['EndMandateCommand'];
export type NetworkProject = S['NetworkProject'];
export type ProjectStatus = S['ProjectStatus'];
export type CreateNetworkProjectCommand = S['CreateNetworkProjectCommand'];
export type RecordImpactAssessmentCommand = S['RecordImpactAssessmentCommand'];
export type NetworkImpact = S['NetworkImpact'];
export type ProjectImpactSeries = S['ProjectImpactSeries'];
export type ImpactAssessment = S['ImpactAssessment'];

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
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['association', 'publicBody', 'donor', 'hub', 'company', 'other'];
export const NETWORK_KINDS: readonly NetworkKind[] = ['network', 'federation', 'sectoralUnion'];
export const NETWORK_SCOPES: readonly NetworkScope[] = ['local', 'provincial', 'regional', 'national'];
export const NETWORK_STATUSES: readonly NetworkStatus[] = ['active', 'dormant', 'dissolved'];
export const BODY_KINDS: readonly BodyKind[] = ['generalAssembly', 'executiveBureau', 'workingBody'];
export const MANDATE_ROLES: readonly MandateRole[] = [
  'president',
  'vicePresident',
  'secretaryGeneral',
  'treasurer',
  'coordinator',
  'member',
];
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['planned', 'ongoing', 'completed', 'suspended'];
