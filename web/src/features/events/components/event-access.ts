import type { EventDetails, Me } from '@/lib/api/schema-types';
import { canManageRegion, isStaff, managedCooperatives } from '@/lib/auth/permissions';

/** Organisers (as the server decides): staff of the event's region, national staff and administrators. */
export function canOrganise(me: Me | null | undefined, ev: Pick<EventDetails, 'regionCode'>): boolean {
  return canManageRegion(me, ev.regionCode);
}

/** Who may create events: staff (of the event's region, checked by the server) and administrators. */
export function canCreateEvent(me: Me | null | undefined): boolean {
  return isStaff(me);
}

/**
 * Who gets a Register button: organisers; other staff (for a cooperative of their region); a manager with a
 * cooperative — except on invited events, where only the organisers register people.
 */
export function canRegister(me: Me | null | undefined, ev: Pick<EventDetails, 'regionCode' | 'audience'>): boolean {
  if (!me) return false;
  if (canOrganise(me, ev)) return true;
  if (ev.audience === 'invited') return false;
  return isStaff(me) || managedCooperatives(me).length > 0;
}
