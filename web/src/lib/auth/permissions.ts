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

/** The cooperatives a signed-in coop manager acts for (registers, applies, proposes ideas for). */
export function managedCooperatives(me: Me | null | undefined): string[] {
  return me && me.roles.includes('coop-manager') ? me.cooperatives : [];
}

export function isCoopManagerOnly(me: Me | null | undefined): boolean {
  return !!me && !isStaff(me) && me.roles.includes('coop-manager');
}

/** Staff whose regions cover `regionCode` (no region: national staff), or an admin. */
export function canManageRegion(me: Me | null | undefined, regionCode: string | null | undefined): boolean {
  if (!me) return false;
  if (isAdmin(me)) return true;
  if (!me.roles.includes('staff')) return false;
  return me.regions.includes('national') || (!!regionCode && me.regions.includes(regionCode));
}

/** Organisations are kept by staff of their region (national staff or admin when without region). */
export function canManageOrganisation(me: Me | null | undefined, org: { regionCode?: string | null }): boolean {
  return canManageRegion(me, org.regionCode);
}

/** A network is kept by staff of its region, admins, and the network officers bound to it. */
export function canManageNetwork(me: Me | null | undefined, network: { id: string; regionCode?: string | null }): boolean {
  if (!me) return false;
  if (me.roles.includes('network-officer') && me.networks.includes(network.id)) return true;
  return canManageRegion(me, network.regionCode);
}

/** Who may register networks: staff (of the network's region, checked by the server) and admins. */
export function canCreateNetwork(me: Me | null | undefined): boolean {
  return isStaff(me);
}
