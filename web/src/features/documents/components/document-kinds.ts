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

/** The upload's accepted types and ceiling, shared with a claim's certificate (src/components/file-picker.tsx). */
export { ACCEPTED_UPLOAD_TYPES as ACCEPTED_TYPES, MAX_UPLOAD_BYTES } from '@/components/file-picker';
