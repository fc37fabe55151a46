import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api/problem';
import { fieldErrorsOf } from '@/lib/forms/server-errors';

/**
 * The message for a failed Events request: the known problem codes in the UI language (409 registration.closed,
 * registration.duplicate, …), else "fix the fields" when the problem names fields, else the server's detail.
 * Null when there is no error.
 */
export function problemMessage(t: TFunction, error: unknown): string | null {
  if (!error) return null;
  if (!isApiError(error)) return t('common.errorText');
  const code = error.problem.code;
  const key = `events.errors.${code ?? ''}`;
  if (code && t(key, { defaultValue: '' })) return t(key);
  if (error.status === 429) return t('events.errors.rate_limited');
  if (error.status === 401) return t('common.signInRequired');
  if (error.status === 403) return t('common.forbidden');
  if (error.status === 404) return t('common.notFoundText');
  if (Object.keys(fieldErrorsOf(error)).length > 0) return t('form.fixErrors');
  return error.problem.detail ?? t('common.errorText');
}
