import type { Me } from '@/lib/api/schema-types';

export function isAdmin(me: Me | null | undefined): boolean {
  return !!me?.roles.includes('admin');
}

/** Staff (any region) or admin: may register, import and export cooperatives. */
export function isStaff(me: Me | null | undefined): boolean {
  return !!me && (me.roles.includes('admin') || me.roles.includes('staff'));
}

/** Staff scoped to the cooperative's region (or national), admin, or a manager bound to it. */
export function canEditCooperative(me: Me | null | undefined, coop: { id: string; regionCode: string }): boolean {
  if (!me) return false;
  if (isAdmin(me)) return true;
  if (me.roles.includes('staff') && (me.regions.includes('national') || me.regions.includes(coop.regionCode))) return true;
  return me.roles.includes('coop-manager') && me.cooperatives.includes(coop.id);
}

export function canChangeStatus(me: Me | null | undefined, coop: { regionCode: string }): boolean {
  if (!me) return false;
  if (isAdmin(me)) return true;
  return me.roles.includes('staff') && (me.regions.includes('national') || me.regions.includes(coop.regionCode));
}

export function isCoopManagerOnly(me: Me | null | undefined): boolean {
  return !!me && !isStaff(me) && me.roles.includes('coop-manager');
}
