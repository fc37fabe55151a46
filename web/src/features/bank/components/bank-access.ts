import type { CompetitionDetails, IdeaDetails, Me } from '@/lib/api/schema-types';
import { canManageRegion, isStaff, managedCooperatives } from '@/lib/auth/permissions';
import { EDITABLE_IDEA_STATUSES } from '@/features/bank/api/constants';

/** Who may propose ideas: staff (for themselves or a cooperative) and the managers of a cooperative. */
export function canProposeIdea(me: Me | null | undefined): boolean {
  return isStaff(me) || managedCooperatives(me).length > 0;
}

/** Staff curate ideas (publish, return with comments, archive) and link them to financing. */
export function canCurate(me: Me | null | undefined): boolean {
  return isStaff(me);
}

/**
 * The idea's side: staff, or the manager of its cooperative. (The server also lets the person who wrote a
 * staff idea edit it; staff are covered already.)
 */
export function isIdeaOwner(me: Me | null | undefined, idea: Pick<IdeaDetails, 'cooperativeId'>): boolean {
  if (!me) return false;
  if (isStaff(me)) return true;
  return !!idea.cooperativeId && managedCooperatives(me).includes(idea.cooperativeId);
}

/** Edits and (re)submission: the idea's side, while it is a draft or was returned. */
export function canEditIdea(me: Me | null | undefined, idea: Pick<IdeaDetails, 'cooperativeId' | 'status'>): boolean {
  return isIdeaOwner(me, idea) && EDITABLE_IDEA_STATUSES.includes(idea.status);
}

/** A cooperative's manager, or staff (for a cooperative of their region; the server checks), records an adoption. */
export function canAdopt(me: Me | null | undefined): boolean {
  return isStaff(me) || managedCooperatives(me).length > 0;
}

/** Staff of the competition's region (national staff when it has none) and administrators run it. */
export function canRunCompetition(me: Me | null | undefined, competition: Pick<CompetitionDetails, 'regionCode'>): boolean {
  return canManageRegion(me, competition.regionCode);
}
