import type { DocumentKind } from '@/lib/api/schema-types';

/** The kinds in the order a manager is asked for them (calls usually want the first three). */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'statutes',
  'registrationCertificate',
  'onssaAuthorisation',
  'certification',
  'bankIdentity',
  'attendanceSheet',
  'photo',
  'other',
];

/** What the file inputs offer: the four types the server keeps (it checks the content itself). */
export const ACCEPTED_TYPES = 'application/pdf,image/jpeg,image/png,image/webp';

/**
 * The server's default ceiling for one file (Documents:MaxBytes). Checked before sending so a phone on a weak link does
 * not spend minutes uploading a file that will be refused; the server still decides.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
