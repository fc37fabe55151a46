import type { CompetitionStatus, IdeaStatus } from '@/lib/api/schema-types';

export const IDEA_STATUSES: readonly IdeaStatus[] = ['draft', 'submitted', 'published', 'returned', 'archived'];
/** An idea is edited only while it is a draft or was returned with comments (as the server decides). */
export const EDITABLE_IDEA_STATUSES: readonly IdeaStatus[] = ['draft', 'returned'];
export const COMPETITION_STATUSES: readonly CompetitionStatus[] = ['draft', 'open', 'judging', 'resultsPublished'];
/** The 17 Sustainable Development Goals, numbered 1 to 17. */
export const SDGS: readonly number[] = Array.from({ length: 17 }, (_, i) => i + 1);
