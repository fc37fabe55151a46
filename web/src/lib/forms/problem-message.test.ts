import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { formProblem, problemDetail, problemMessage, unfieldedProblem } from '@/lib/forms/problem-message';

const messages: Record<string, string> = {
  'programs.errors.call.places_full': 'All {{places}} places are taken.',
  'bank.errors.idea_not_editable': 'Only a draft can be edited.',
  'events.errors.rate_limited': 'Too many attempts.',
  'common.forbidden': 'Forbidden.',
  'common.errorText': 'Something went wrong.',
  'errors.stale': 'Someone else changed it.',
  'form.fixErrors': 'Fix the fields.',
};
const t = ((key: string, options?: Record<string, unknown>) => {
  const text = messages[key];
  if (text === undefined) return (options?.defaultValue as string | undefined) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? ''));
}) as unknown as TFunction;

const problem = (status: number, extra: Record<string, unknown> = {}) => new ApiError(status, { status, ...extra });

describe('problemMessage', () => {
  it('is null without an error and generic for an error that is not a problem', () => {
    expect(problemMessage(t, 'events', null)).toBeNull();
    expect(problemMessage(t, 'events', new Error('offline'))).toBe('Something went wrong.');
  });

  it('shows the server\'s explanation as the server wrote it for this reader, before any message of the app', () => {
    const placesFull = problem(409, { code: 'call.places_full', detail: 'Les 3 places de l’appel sont prises.' });
    expect(problemMessage(t, 'programs', placesFull, { places: 3 })).toBe('Les 3 places de l’appel sont prises.');
    expect(problemMessage(t, 'bank', problem(403, { code: 'auth.forbidden', detail: 'لا يمكن القيام بهذا إلا لمدير النظام.' }))).toBe(
      'لا يمكن القيام بهذا إلا لمدير النظام.',
    );
  });

  it("without the server's explanation, names a known code in the feature's words, nested or flat, with its values", () => {
    expect(problemMessage(t, 'programs', problem(409, { code: 'call.places_full' }), { places: 3 })).toBe(
      'All 3 places are taken.',
    );
    expect(problemMessage(t, 'bank', problem(409, { code: 'idea.not_editable' }))).toBe('Only a draft can be edited.');
  });

  it('without an explanation, falls back on the status, then on the fields', () => {
    expect(problemMessage(t, 'bank', problem(403, { code: 'auth.forbidden' }))).toBe('Forbidden.');
    expect(problemMessage(t, 'programs', problem(412))).toBe('Someone else changed it.');
    expect(problemMessage(t, 'events', problem(429))).toBe('Too many attempts.');
    expect(problemMessage(t, 'events', problem(400, { errors: { name: ['Required.'] } }))).toBe('Fix the fields.');
    expect(problemMessage(t, 'events', problem(409))).toBe('Something went wrong.');
  });
});

describe('formProblem and unfieldedProblem', () => {
  const fields = new ApiError(400, { status: 400, errors: { nameFr: ['Required.'] } });
  const conflict = new ApiError(409, { status: 409, detail: 'Already a member.' });

  it('give the server detail, else the generic text, and nothing without an error', () => {
    expect(problemDetail(t, conflict)).toBe('Already a member.');
    expect(problemDetail(t, new ApiError(500, undefined))).toBe('Something went wrong.');
    expect(problemDetail(t, new Error('offline'))).toBe('Something went wrong.');
    expect(formProblem(t, null)).toBeNull();
    expect(unfieldedProblem(t, undefined)).toBeNull();
  });

  it('a form says "fix the fields" when the problem names fields; a dialog then says nothing more', () => {
    expect(formProblem(t, fields)).toBe('Fix the fields.');
    expect(formProblem(t, conflict)).toBe('Already a member.');
    expect(unfieldedProblem(t, fields)).toBeNull();
    expect(unfieldedProblem(t, conflict)).toBe('Already a member.');
  });
});
