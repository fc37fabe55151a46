import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { application, call, program } from '@/testing/program-fixtures';
import type { DocumentDetails } from '@/lib/api/schema-types';
import { offeredDocuments } from '@/features/documents/components/vault-document-picker';

function doc(id: string, fileName: string, kind: DocumentDetails['kind']): DocumentDetails {
  return {
    id,
    cooperativeId: application.cooperativeId,
    kind,
    fileName,
    contentType: 'application/pdf',
    sizeBytes: 20480,
    issuedOn: null,
    expiresOn: null,
    uploadedAt: '2026-01-10T09:00:00Z',
    uploadedBy: 'Fatima',
    contentUrl: `/api/v1/documents/${id}/content`,
  };
}

const statutes = doc('d1111111-1111-1111-1111-111111111111', 'statuts.pdf', 'statutes');
const rib = doc('d2222222-2222-2222-2222-222222222222', 'rib.pdf', 'bankIdentity');

describe('the vault picker', () => {
  it('offers the documents of the required kind when there are any, else all', () => {
    expect(offeredDocuments([statutes, rib], 'statutes', false)).toEqual([statutes]);
    expect(offeredDocuments([statutes, rib], 'statutes', true)).toEqual([statutes, rib]);
    expect(offeredDocuments([rib], 'statutes', false)).toEqual([rib]);
    expect(offeredDocuments([statutes, rib], null, false)).toEqual([statutes, rib]);
  });

  it('in the application form, picks a vault document of the required kind and saves it by id', async () => {
    let saved: { documents?: unknown[] } | null = null;
    const withKind = { ...call, documents: call.documents.map((d) => (d.key === 'statutes' ? { ...d, kind: 'statutes' } : d)) };
    server.use(
      http.get('/api/v1/auth/me', ({ response }) => response(200).json(staffMe)),
      http.get('/api/v1/calls/{id}', () => HttpResponse.json(withKind, { headers: { ETag: '"1"' } })),
      http.get('/api/v1/programs/{id}', () => HttpResponse.json(program, { headers: { ETag: '"1"' } })),
      http.get('/api/v1/applications/{id}', () => HttpResponse.json(application, { headers: { ETag: '"2"' } })),
      http.get('/api/v1/applications/{id}/history', ({ response }) => response(200).json([])),
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) =>
        response(200).json({ items: [rib, statutes], usedBytes: 40960, quotaBytes: 104857600 }),
      ),
      http.put('/api/v1/applications/{id}', async ({ request }) => {
        saved = (await request.json()) as typeof saved;
        return HttpResponse.json({ ...application, version: 3 }, { headers: { ETag: '"3"' } });
      }),
    );
    const { user } = renderApp(`/applications/${application.id}`);
    const row = await screen.findByTestId('required-document-statutes');
    // The picker's code loads with the first form that shows it.
    await user.click(await within(row).findByRole('button', { name: 'Choisir dans mes documents' }));
    const picker = await screen.findByTestId('vault-picker');
    const choices = await within(picker).findAllByTestId('vault-choice');
    expect(choices).toHaveLength(1);
    await user.click(within(picker).getByRole('button', { name: 'Choisir statuts.pdf' }));
    expect(await within(row).findByTestId('picked-document')).toHaveTextContent('statuts.pdf');

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(saved).not.toBeNull());
    expect((saved as { documents?: unknown[] } | null)?.documents).toContainEqual({ key: 'statutes', documentId: statutes.id });
  });
});
