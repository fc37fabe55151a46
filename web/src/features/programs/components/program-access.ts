import type { Me } from '@/lib/api/schema-types';
import { managedCooperatives } from '@/lib/auth/permissions';

/**
 * Who runs a program (as the server decides it): administrators, and staff of one of its regions; a program
 * without regions is national, run by national staff. Calls, boards, decisions and support follow their program.
 */
export function canManageProgram(me: Me | null | undefined, programRegions: readonly string[]): boolean {
  if (!me) return false;
  if (me.roles.includes('admin')) return true;
  if (!me.roles.includes('staff')) return false;
  if (me.regions.includes('national')) return true;
  return programRegions.some((r) => me.regions.includes(r));
}

/** Staff and admins may apply on a cooperative's behalf (for those of their regions or programs; the server checks). */
export function canApplyOnBehalf(me: Me | null | undefined): boolean {
  return !!me && (me.roles.includes('admin') || me.roles.includes('staff'));
}

/** Who may open the application form: staff, or a manager bound to at least one cooperative. */
export function canApply(me: Me | null | undefined): boolean {
  return canApplyOnBehalf(me) || managedCooperatives(me).length > 0;
}
