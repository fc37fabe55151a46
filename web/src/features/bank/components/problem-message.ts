import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api/problem';
import { fieldErrorsOf } from '@/lib/forms/server-errors';

/**
 * The general message for a failed ProjectBank request: the known problem codes in the UI language (e.g. 409
 * competition.closed, jury.conflict_of_interest), else "fix the fields" when the problem names fields, else the
 * server's detail. Null when there is no error.
 */
export function bankProblemMessage(t: TFunction, error: unknown): string | null {
  if (!error) return null;
  if (!isApiError(error)) return t('common.errorText');
  const code = error.problem.code;
  const key = `bank.errors.${(code ?? '').replace(/\./g, '_')}`;
  if (code && t(key, { defaultValue: '' })) return t(key);
  if (error.status === 403) return t('common.forbidden');
  if (error.status === 412) return t('errors.stale');
  if (Object.keys(fieldErrorsOf(error)).length > 0) return t('form.fixErrors');
  return error.problem.detail ?? t('common.errorText');
}

/** The problem's code, if the error is an API problem. */
export function problemCode(error: unknown): string | undefined {
  return isApiError(error) ? error.problem.code : undefined;
}
