import type { components } from '@/lib/api/schema';

/** Named aliases of the generated schema types of the ProjectBank module (no hand-written API types). */
type S = components['schemas'];
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

export const IDEA_STATUSES: readonly IdeaStatus[] = ['draft', 'submitted', 'published', 'returned', 'archived'];
/** An idea is edited only while it is a draft or was returned with comments (as the server decides). */
export const EDITABLE_IDEA_STATUSES: readonly IdeaStatus[] = ['draft', 'returned'];
export const COMPETITION_STATUSES: readonly CompetitionStatus[] = ['draft', 'open', 'judging', 'resultsPublished'];
/** The 17 Sustainable Development Goals, numbered 1 to 17. */
export const SDGS: readonly number[] = Array.from({ length: 17 }, (_, i) => i + 1);
