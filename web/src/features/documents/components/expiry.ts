import { dateTimeFormat } from '@/lib/i18n/format';
/** Days before its expiry date when a document is shown as expiring soon (the 30 days). */
export const EXPIRES_SOON_DAYS = 30;

export type ExpiryState = 'none' | 'valid' | 'soon' | 'expired';

/** Where a document stands on `today` (both ISO dates, compared as calendar days). */
export function expiryState(expiresOn: string | null | undefined, today: string): ExpiryState {
  if (!expiresOn) return 'none';
  const days = (Date.parse(`${expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  if (days < 0) return 'expired';
  return days <= EXPIRES_SOON_DAYS ? 'soon' : 'valid';
}

/** Today's date in Morocco's calendar, as YYYY-MM-DD. */
export function todayInCasablanca(now: Date = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
