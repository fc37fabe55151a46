import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { details, staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import type { DocumentDetails } from '@/lib/api/schema-types';
import { expiryState, todayInCasablanca } from '@/features/documents/components/expiry';

const managerMe = { ...staffMe, name: 'Fatima', roles: ['coop-manager'], regions: [], cooperatives: [details.id] };

function inDays(days: number): string {
  const d = new Date(`${todayInCasablanca()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function doc(id: string, fileName: string, kind: DocumentDetails['kind'], expiresOn: string | null): DocumentDetails {
  return {
    id,
    cooperativeId: details.id,
    kind,
    fileName,
    contentType: 'application/pdf',
    sizeBytes: 20480,
    issuedOn: '2024-01-15',
    expiresOn,
    uploadedAt: '2026-01-10T09:00:00Z',
    uploadedBy: 'Fatima',
    contentUrl: `/api/v1/documents/${id}/content`,
    thumbnailUrl: null,
  };
}

describe('the document vault on a cooperative page', () => {
  it('shows a lazy thumbnail of fixed size for an image and a file icon for a PDF', async () => {
    signedInAs(managerMe);
    const photoId = 'd4444444-4444-4444-4444-444444444444';
    const items = [
      { ...doc(photoId, 'champ.jpg', 'photo', null), contentType: 'image/jpeg', thumbnailUrl: `/api/v1/documents/${photoId}/thumbnail` },
      doc('d5555555-5555-5555-5555-555555555555', 'statuts.pdf', 'statutes', null),
    ];
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => response(200).json({ items, usedBytes: 40960, quotaBytes: 104857600 })),
    );
    renderApp(`/cooperatives/${details.id}`);

    const rows = await within(await screen.findByTestId('document-vault')).findAllByTestId('document-item');
    const picture = within(rows[0]!).getByRole('img', { name: 'Photo : champ.jpg' });
    expect(picture.tagName).toBe('IMG');
    expect(picture).toHaveAttribute('src', `/api/v1/documents/${photoId}/thumbnail`);
    expect(picture).toHaveAttribute('loading', 'lazy');
    expect(picture).toHaveAttribute('width', '56');
    expect(picture).toHaveAttribute('height', '56');
    const icon = within(rows[1]!).getByRole('img', { name: 'Statuts : statuts.pdf' });
    expect(icon.tagName).not.toBe('IMG');
    expect(within(rows[1]!).queryByTestId('document-thumbnail')).not.toBeInTheDocument();
  });

  it('shows the file icon when an image has no thumbnail to give', async () => {
    signedInAs(managerMe);
    const photoId = 'd6666666-6666-6666-6666-666666666666';
    const items = [{ ...doc(photoId, 'floue.jpg', 'photo', null), contentType: 'image/jpeg', thumbnailUrl: `/api/v1/documents/${photoId}/thumbnail` }];
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => response(200).json({ items, usedBytes: 20480, quotaBytes: 104857600 })),
    );
    renderApp(`/cooperatives/${details.id}`);

    const row = (await within(await screen.findByTestId('document-vault')).findAllByTestId('document-item'))[0]!;
    fireEvent.error(within(row).getByTestId('document-thumbnail'));

    expect(await within(row).findByTestId('document-file-icon')).toHaveAccessibleName('Photo : floue.jpg');
    expect(within(row).queryByTestId('document-thumbnail')).not.toBeInTheDocument();
  });

  it('lists the documents with their kind and dates, and marks the one expiring within 30 days', async () => {
    signedInAs(managerMe);
    const items = [
      doc('d1111111-1111-1111-1111-111111111111', 'onssa.pdf', 'onssaAuthorisation', inDays(10)),
      doc('d2222222-2222-2222-2222-222222222222', 'statuts.pdf', 'statutes', inDays(400)),
    ];
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) =>
        response(200).json({ items, usedBytes: 40960, quotaBytes: 104857600 }),
      ),
    );
    renderApp(`/cooperatives/${details.id}`);

    const vault = await screen.findByTestId('document-vault');
    const rows = await within(vault).findAllByTestId('document-item');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Autorisation ONSSA')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Expire bientôt')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Statuts')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('Expire bientôt')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'statuts.pdf' })).toHaveAttribute('href', '/api/v1/documents/d2222222-2222-2222-2222-222222222222/content');
    expect(within(vault).getByText(/^40 Ko utilisés sur 102.400 Ko$/)).toBeInTheDocument();
  });

  it('offers the camera and the files, uploads the chosen file as multipart, then shows it', async () => {
    signedInAs(managerMe);
    const items: DocumentDetails[] = [];
    const received: { kind: string | null; expiresOn: string | null; content: string | undefined }[] = [];
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => response(200).json({ items, usedBytes: 0, quotaBytes: 104857600 })),
      http.post('/api/v1/cooperatives/{cooperativeId}/documents', async ({ request, response }) => {
        const form = await request.formData();
        const file = form.get('file') as File | null;
        received.push({ kind: form.get('kind') as string | null, expiresOn: form.get('expiresOn') as string | null, content: await file?.text() });
        const created = doc('d3333333-3333-3333-3333-333333333333', 'rib.pdf', 'bankIdentity', null);
        items.push(created);
        return response(201).json(created);
      }),
    );
    const { user } = renderApp(`/cooperatives/${details.id}`);
    const vault = await screen.findByTestId('document-vault');
    expect(await within(vault).findByText(/Aucun document pour l'instant/)).toBeInTheDocument();

    const camera = within(vault).getByTestId('document-camera');
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(camera).toHaveAttribute('accept', 'image/*');
    const files = within(vault).getByTestId('document-file');
    expect(files).toHaveAttribute('accept', 'application/pdf,image/jpeg,image/png,image/webp');

    await user.selectOptions(within(vault).getByRole('combobox', { name: 'Type de document' }), 'bankIdentity');
    await user.type(within(vault).getByLabelText("Date d'expiration"), '2027-12-31');
    await user.upload(files, new File(['%PDF-1.7 rib'], 'rib.pdf', { type: 'application/pdf' }));

    expect(await within(vault).findByText('rib.pdf a été ajouté.')).toBeInTheDocument();
    expect(received).toEqual([{ kind: 'bankIdentity', expiresOn: '2027-12-31', content: '%PDF-1.7 rib' }]);
    expect(await within(vault).findByRole('link', { name: 'rib.pdf' })).toBeInTheDocument();
  });

  it('shows the server refusal in the reader language', async () => {
    signedInAs(managerMe);
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => response(200).json({ items: [], usedBytes: 0, quotaBytes: 1 })),
      http.post('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) =>
        response(400).json({
          status: 400,
          title: 'Requête invalide',
          code: 'documents.unsupported_type',
          errors: { file: ["Ce fichier n'est ni un PDF ni une image JPEG, PNG ou WebP (son contenu a été vérifié, pas son nom)."] },
        } as never),
      ),
    );
    const { user } = renderApp(`/cooperatives/${details.id}`);
    const vault = await screen.findByTestId('document-vault');
    await user.upload(await within(vault).findByTestId('document-file'), new File(['MZ'], 'statuts.pdf', { type: 'application/pdf' }));

    expect(await within(vault).findByRole('alert')).toHaveTextContent(/son contenu a été vérifié/);
  });

  it('refuses a file over 10 MB before sending it', async () => {
    signedInAs(managerMe);
    let posted = 0;
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => response(200).json({ items: [], usedBytes: 0, quotaBytes: 1 })),
      http.post('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => {
        posted++;
        return response(201).json(doc('d5555555-5555-5555-5555-555555555555', 'x.pdf', 'other', null));
      }),
    );
    const { user } = renderApp(`/cooperatives/${details.id}`);
    const vault = await screen.findByTestId('document-vault');
    const big = new File([new Uint8Array(11 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' });
    await user.upload(await within(vault).findByTestId('document-file'), big);

    expect(await within(vault).findByRole('alert')).toHaveTextContent('Ce fichier fait 11.0 Mo ; un document ne peut dépasser 10 Mo.');
    expect(posted).toBe(0);
  });

  it('deletes a document only after confirmation', async () => {
    signedInAs(managerMe);
    let items = [doc('d4444444-4444-4444-4444-444444444444', 'photo.pdf', 'photo', null)];
    const deleted: string[] = [];
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => response(200).json({ items, usedBytes: 0, quotaBytes: 1 })),
      http.delete('/api/v1/documents/{id}', ({ params, response }) => {
        deleted.push(params.id);
        const gone = items[0]!;
        items = [];
        return response(200).json(gone);
      }),
    );
    const { user } = renderApp(`/cooperatives/${details.id}`);
    const vault = await screen.findByTestId('document-vault');
    await user.click(await within(vault).findByRole('button', { name: 'Supprimer photo.pdf' }));
    expect(deleted).toEqual([]);
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer ce document ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));

    await waitFor(() => expect(deleted).toEqual(['d4444444-4444-4444-4444-444444444444']));
    expect(await within(vault).findByText(/Aucun document pour l'instant/)).toBeInTheDocument();
  });

  it('is not on the page of an anonymous visitor, who downloads nothing of it', async () => {
    const asked: string[] = [];
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ request, response }) => {
        asked.push(request.url);
        return response(200).json({ items: [], usedBytes: 0, quotaBytes: 1 });
      }),
    );
    renderApp(`/cooperatives/${details.id}`);
    expect(await screen.findByTestId('registration-number')).toBeInTheDocument();
    expect(screen.queryByTestId('document-vault')).not.toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});

describe('expiryState', () => {
  it.each([
    [null, 'none'],
    ['2026-03-01', 'expired'],
    ['2026-03-02', 'soon'],
    ['2026-04-01', 'soon'],
    ['2026-04-02', 'valid'],
  ] as const)('%s on 2026-03-02 is %s', (expiresOn, state) => {
    expect(expiryState(expiresOn, '2026-03-02')).toBe(state);
  });
});
