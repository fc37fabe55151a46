import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { application, call } from '@/testing/program-fixtures';
import {
  applicationBodyFrom,
  applicationErrorsFrom,
  applicationValuesFrom,
  emptyApplication,
} from '@/features/programs/components/application-form-values';

describe('application form values', () => {
  it('a draft read and sent back unchanged keeps its summary, axes, amount and links', () => {
    const body = applicationBodyFrom(applicationValuesFrom(application, call), call);
    expect(body.projectSummary).toBe(application.projectSummary);
    expect(body.requestedAxes).toEqual(application.requestedAxes);
    expect(body.requestedAmount).toBe(50000);
    expect(body.documents).toEqual(application.documents);
  });

  it('an empty dossier sends nulls and only the documents that have a link, in the call order', () => {
    const values = emptyApplication(call);
    expect(Object.keys(values.documents)).toEqual(call.documents.map((d) => d.key));
    const body = applicationBodyFrom(
      { ...values, projectSummary: '  ', documents: { ...values.documents, accounts: ' https://x.ma/a.pdf ', statutes: '' } },
      call,
    );
    expect(body.projectSummary).toBeNull();
    expect(body.requestedAmount).toBeNull();
    expect(body.documents).toEqual([{ key: 'accounts', url: 'https://x.ma/a.pdf' }]);
  });

  it('puts an error on a sent document on that document, and marks every missing document', () => {
    const sent = { projectSummary: null, requestedAxes: [], requestedAmount: null, documents: [{ key: 'statutes', url: 'x' }] };
    const invalid = new ApiError(400, { errors: { 'documents[0].url': ['Not a URL.'], 'requestedAxes[1]': ['Unknown axis.'] } });
    expect(applicationErrorsFrom(invalid, sent, 'missing')).toEqual({
      'documents.statutes': 'Not a URL.',
      requestedAxes: 'Unknown axis.',
    });
    const missing = new ApiError(422, { code: 'application.documents_missing', missingDocuments: ['application_form'] });
    expect(applicationErrorsFrom(missing, null, 'missing')).toEqual({ 'documents.application_form': 'missing' });
  });
});
