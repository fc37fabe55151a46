import type { Me } from '@/lib/api/schema-types';

export type AddressKind = 'email' | 'phone';

/** What a code step completes: adding an address, replacing one, or proving the account's own. */
export type CodeMode = 'add' | 'replace' | 'verify';

export type AddressActions = Record<AddressKind, { verify: boolean; change: boolean; remove: boolean }> & { missing: AddressKind | null };

/**
 * What the account page offers for each address, as the server decides it (ADR 0028): an address it has can be changed,
 * proved when it was not, and removed only while the other one is there and proved (the server answers 409 otherwise);
 * the kind it lacks can be added.
 */
export function addressActions(me: Pick<Me, 'email' | 'emailVerified' | 'phone' | 'phoneVerified'>): AddressActions {
  const hasEmail = Boolean(me.email);
  const hasPhone = Boolean(me.phone);
  return {
    email: { verify: hasEmail && !me.emailVerified, change: hasEmail, remove: hasEmail && hasPhone && me.phoneVerified },
    phone: { verify: hasPhone && !me.phoneVerified, change: hasPhone, remove: hasPhone && hasEmail && me.emailVerified },
    missing: !hasEmail ? 'email' : !hasPhone ? 'phone' : null,
  };
}
