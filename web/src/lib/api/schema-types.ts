import type { components } from './schema';

/** Named aliases of generated schema types, for every feature: their one home (no hand-written API types). */
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
export type SignInCommand = S['SignInCommand'];
export type SignUpCommand = S['SignUpCommand'];
export type VerifyAccountCommand = S['VerifyAccountCommand'];
export type RequestPasswordResetCommand = S['RequestPasswordResetCommand'];
export type ResetPasswordCommand = S['ResetPasswordCommand'];
export type ChangeOwnPasswordCommand = S['ChangeOwnPasswordCommand'];
export type AddAccountAddressCommand = S['AddAccountAddressCommand'];
export type AccountAddressCodeSent = S['AccountAddressCodeSent'];
export type AccountAddressKind = S['AccountAddressKind'];
export type ReplaceAccountAddressCommand = S['ReplaceAccountAddressCommand'];
export type RemoveAccountAddressCommand = S['RemoveAccountAddressCommand'];
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

// ProjectBank
export type IdeaDetails = S['IdeaDetails'];
export type IdeaPage = S['IdeaPage'];
export type IdeaStatus = S['IdeaStatus'];
export type CreateIdeaCommand = S['CreateIdeaCommand'];
export type UpdateIdeaCommand = S['UpdateIdeaCommand'];
export type TransitionIdeaCommand = S['TransitionIdeaCommand'];
export type Attachment = S['Attachment'];
export type Adoption = S['Adoption'];
export type IdeaAdoptions = S['IdeaAdoptions'];
export type RegionCount = S['RegionCount'];
export type CallSummary = S['CallSummary'];
export type FinancingLink = S['FinancingLink'];
export type CompetitionDetails = S['CompetitionDetails'];
export type CompetitionPage = S['CompetitionPage'];
export type CompetitionStatus = S['CompetitionStatus'];
export type CompetitionCriterion = S['CompetitionCriterion'];
export type CreateCompetitionCommand = S['CreateCompetitionCommand'];
export type UpdateCompetitionCommand = S['UpdateCompetitionCommand'];
export type EntryDetails = S['EntryDetails'];
export type JurorProgress = S['JurorProgress'];
export type JurorAssignment = S['JurorAssignment'];
export type ScoreSheet = S['ScoreSheet'];
export type ScoreEntryCommand = S['ScoreEntryCommand'];
export type CompetitionRanking = S['CompetitionRanking'];
export type RankedEntry = S['RankedEntry'];
export type AwardInput = S['AwardInput'];
export type EventDetails = S['EventDetails'];

// Events
export type EventPage = S['EventPage'];
export type EventKind = S['EventKind'];
export type EventStatus = S['EventStatus'];
export type EventAudience = S['EventAudience'];
export type EventVenue = S['EventVenue'];
export type EventOrganisation = S['EventOrganisation'];
export type AgendaItem = S['AgendaItem'];
export type CreateEventCommand = S['CreateEventCommand'];
export type UpdateEventCommand = S['UpdateEventCommand'];
export type RegisterForEventCommand = S['RegisterForEventCommand'];
export type CreatedRegistration = S['CreatedRegistration'];
export type RegistrationDetails = S['RegistrationDetails'];
export type RegistrationStatus = S['RegistrationStatus'];
export type RegistrationPage = S['RegistrationPage'];
export type CancellationResult = S['CancellationResult'];
export type CheckInResult = S['CheckInResult'];
export type Attendance = S['Attendance'];
export type AttendanceGroup = S['AttendanceGroup'];
export type MyRegistration = S['MyRegistration'];
export type RegistrationByCode = S['RegistrationByCode'];

// Programs
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
export type ApplicationDocument = S['ApplicationDocument'];
export type PickedDocument = S['PickedDocument'];
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

// Webhooks
export type WebhookDetails = S['WebhookDetails'];
export type CreateWebhookCommand = S['CreateWebhookCommand'];
export type CreatedWebhook = S['CreatedWebhook'];
export type DeliveryDetails = S['DeliveryDetails'];
export type DeliveryPage = S['DeliveryPage'];

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
export type NotificationDetails = S['NotificationDetails'];
export type NotificationPage = S['NotificationPage'];
export type NotificationDeliveryDetails = S['NotificationDeliveryDetails'];
export type NotificationDeliveryPage = S['NotificationDeliveryPage'];
export type NotificationPreference = S['NotificationPreference'];
export type NotificationPreferences = S['NotificationPreferences'];
export type NotificationPreferenceChoice = S['NotificationPreferenceChoice'];
export type UnsubscribeResult = S['UnsubscribeResult'];
export type RegistryContactConsent = S['RegistryContactConsent'];
export type RegistryContactConsentChannel = S['RegistryContactConsentChannel'];
export type RegistryContactObjection = S['RegistryContactObjection'];
export type ChangeRegistryContactConsentCommand = S['ChangeRegistryContactConsentCommand'];
export type SegmentFilter = S['SegmentFilter'];
export type SegmentMessagePreview = S['SegmentMessagePreview'];
export type SegmentMessageText = S['SegmentMessageText'];
export type SegmentMessageDetails = S['SegmentMessageDetails'];
export type SegmentMessagePage = S['SegmentMessagePage'];
export type DocumentDetails = S['DocumentDetails'];
export type DocumentKind = S['DocumentKind'];
export type CooperativeDocumentList = S['CooperativeDocumentList'];
export type ClaimDetails = S['ClaimDetails'];
export type ClaimPage = S['ClaimPage'];
export type ClaimStatus = S['ClaimStatus'];
export type ClaimDecision = S['ClaimDecision'];
export type CooperativeManager = S['CooperativeManager'];
