import { fieldErrorsOf } from '@/lib/forms/server-errors';

/**
 * One field takes "an e-mail address or a Moroccan mobile number" (issue 19): an `@` makes it an address, anything else
 * is sent as `phone` for the server to read (06…, 07…, +212…, 00212…; it answers 400 on `phone` otherwise).
 */
export function toAccountAddress(value: string): { email?: string; phone?: string } {
  const trimmed = value.trim();
  return trimmed.includes('@') || trimmed === '' ? { email: trimmed } : { phone: trimmed };
}

/** Whether the field holds a number (the messages then come by SMS, not e-mail). */
export function isPhoneAddress(value: string): boolean {
  return toAccountAddress(value).phone !== undefined;
}

/** The server's field errors with `phone`'s shown on the one address field (named `email` in the forms). */
export function addressFieldErrorsOf(error: unknown): Record<string, string> {
  const { phone, ...errors } = fieldErrorsOf(error);
  return phone ? { ...errors, email: [errors.email, phone].filter(Boolean).join(' ') } : errors;
}

/** The query string naming the address on the next page (`email=` or `phone=`). */
export function addressQuery(value: string): string {
  const address = toAccountAddress(value);
  return address.phone !== undefined ? `phone=${encodeURIComponent(address.phone)}` : `email=${encodeURIComponent(address.email ?? '')}`;
}
