import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api/problem';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { isNetworkFailure } from '@/lib/offline/network-failure';

/** Messages for a problem without a known code, by HTTP status. */
const STATUS_KEYS: Readonly<Record<number, string>> = {
  401: 'common.signInRequired',
  403: 'common.forbidden',
  404: 'common.notFoundText',
  412: 'errors.stale',
};

/**
 * The general message for a failed request: the server's own explanation, which it writes in the language this app
 * asks for (ADR 0020); for a problem without one, the feature's message for its code (`<namespace>.errors.<code>`),
 * else one by status, else "fix the fields" when the problem names fields. Null when there is no error. A request that
 * never reached the server says so. `values` fill the feature message's placeholders (e.g. {{places}}).
 */
export function problemMessage(
  t: TFunction,
  namespace: string,
  error: unknown,
  values: Record<string, unknown> = {},
): string | null {
  if (!error) return null;
  if (!isApiError(error)) return isNetworkFailure(error) ? t('offline.notSent') : t('common.errorText');
  if (error.problem.detail) return error.problem.detail;
  const code = error.problem.code;
  if (code) {
    for (const key of [`${namespace}.errors.${code}`, `${namespace}.errors.${code.replace(/\./g, '_')}`]) {
      if (t(key, { ...values, defaultValue: '' })) return t(key, values);
    }
  }
  const rateLimited = `${namespace}.errors.rate_limited`;
  if (error.status === 429 && t(rateLimited, { defaultValue: '' })) return t(rateLimited);
  const statusKey = STATUS_KEYS[error.status];
  if (statusKey) return t(statusKey);
  if (Object.keys(fieldErrorsOf(error)).length > 0) return t('form.fixErrors');
  return t('common.errorText');
}

/** The problem's code, if the error is an API problem. */
export function problemCode(error: unknown): string | undefined {
  return isApiError(error) ? error.problem.code : undefined;
}

/** The server's explanation of a failed request (the problem's detail), else the generic error text. */
export function problemDetail(t: TFunction, error: unknown): string {
  return isApiError(error) ? (error.problem.detail ?? t('common.errorText')) : t('common.errorText');
}

/**
 * The general error of a form that shows the server's field errors on its fields: "fix the fields" when the problem
 * names fields, else the server's detail. Null when there is no error.
 */
export function formProblem(t: TFunction, error: unknown): string | null {
  if (!error) return null;
  return Object.keys(fieldErrorsOf(error)).length > 0 ? t('form.fixErrors') : problemDetail(t, error);
}

/**
 * The general error of a dialog whose fields carry the messages the server gives for them: null when there is no
 * error or when the problem names fields, else the server's detail.
 */
export function unfieldedProblem(t: TFunction, error: unknown): string | null {
  if (!error || Object.keys(fieldErrorsOf(error)).length > 0) return null;
  return problemDetail(t, error);
}
