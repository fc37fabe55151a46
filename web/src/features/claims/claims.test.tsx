import { screen, waitFor, within } from '@testing-library/react';
import { details, staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import type { ClaimDetails, Me } from '@/lib/api/schema-types';

const newcomer: Me = { ...staffMe, id: '33333333-3333-3333-3333-333333333333', name: 'Khadija', roles: [], regions: [], language: 'fr' };
const regionStaff: Me = { ...staffMe, regions: ['MA-02'] };

function claim(overrides: Partial<ClaimDetails> = {}): ClaimDetails {
  return {
    id: 'c1111111-1111-1111-1111-111111111111',
    cooperativeId: details.id,
    registrationNumber: '02-2019-000101',
    cooperativeName: 'Coopérative Tifawin',
    regionCode: 'MA-02',
    method: 'code',
    status: 'awaitingCode',
    codeSentTo: ['•••@gmail.com'],
    codeExpiresAt: '2026-12-05T09:30:00Z',
    proofDocumentId: null,
    proofUrl: null,
    reason: null,
    claimant: { id: newcomer.id, displayName: 'Khadija', email: 'khadija@example.ma' },
    createdAt: '2026-12-05T09:00:00Z',
    decidedAt: null,
    decidedBy: null,
    ...overrides,
  };
}

function noClaimsYet() {
  server.use(http.get('/api/v1/cooperative-claims', ({ response }) => response(200).json({ items: [], page: 1, pageSize: 50, total: 0 })));
}

describe('claiming a cooperative', () => {
  it('invites an account without a cooperative to claim one, from the page she lands on', async () => {
    signedInAs(newcomer);
    renderApp('/cooperatives');
    const prompt = await screen.findByTestId('claim-prompt');
    expect(within(prompt).getByRole('link', { name: 'Revendiquer ma coopérative' })).toHaveAttribute('href', '/claim');
  });

  it('sends the number, shows where the code went, masked, and proves the claim with it', async () => {
    signedInAs(newcomer);
    noClaimsYet();
    const sent: { number: string | null; code?: string }[] = [];
    server.use(
      http.post('/api/v1/cooperative-claims', async ({ request, response }) => {
        const form = await request.formData();
        sent.push({ number: form.get('registrationNumber') as string | null });
        return response(201).json(claim());
      }),
      http.post('/api/v1/cooperative-claims/{claimId}/code', async ({ request, response }) => {
        const body = (await request.json()) as { code: string };
        sent.push({ number: null, code: body.code });
        return response(200).json(claim({ status: 'proved' }));
      }),
    );
    const { user } = renderApp('/claim');

    await user.type(await screen.findByLabelText(/Numéro d’immatriculation/), '02-2019-000101');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    expect(await screen.findByText(/Nous avons envoyé un code à 6 chiffres à •••@gmail.com/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Code reçu/), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));

    expect(await screen.findByText('Vous gérez désormais Coopérative Tifawin.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir ma coopérative' })).toHaveAttribute('href', `/cooperatives/${details.id}`);
    expect(sent).toEqual([{ number: '02-2019-000101' }, { number: null, code: '123456' }]);
  });

  it('asks for the certificate when the registry has no contact, and sends it with the number', async () => {
    signedInAs(newcomer);
    noClaimsYet();
    const files: (string | undefined)[] = [];
    server.use(
      http.post('/api/v1/cooperative-claims', async ({ request, response }) => {
        const form = await request.formData();
        const proof = form.get('proof') as File | null;
        files.push(await proof?.text());
        if (!proof) {
          return response(400).json({
            status: 400,
            code: 'identity.claims.proof_required',
            detail: "Le registre n'a ni adresse e-mail ni numéro de mobile pour cette coopérative.",
            errors: { proof: ["Le registre n'a ni adresse e-mail ni numéro de mobile pour cette coopérative."] },
          } as never);
        }
        return response(201).json(claim({ method: 'proof', status: 'awaitingReview', codeSentTo: [] }));
      }),
    );
    const { user } = renderApp('/claim');
    await user.type(await screen.findByLabelText(/Numéro d’immatriculation/), '02-2019-000103');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    const proof = await screen.findByTestId('claim-proof');
    expect(within(proof).getByText(/Le registre n'a ni adresse/)).toBeInTheDocument();
    expect(screen.getByTestId('proof-camera')).toHaveAttribute('capture', 'environment');
    await user.upload(screen.getByTestId('proof-file'), new File(['%PDF-1.7 certificat'], 'certificat.pdf', { type: 'application/pdf' }));

    expect(await screen.findByText(/Les services de votre région vont vérifier le certificat/)).toBeInTheDocument();
    expect(files).toEqual([undefined, '%PDF-1.7 certificat']);
  });

  it('shows an unknown number on its field', async () => {
    signedInAs(newcomer);
    noClaimsYet();
    server.use(
      http.post('/api/v1/cooperative-claims', ({ response }) =>
        response(404).json({
          status: 404,
          code: 'identity.claims.unknown_number',
          errors: { registrationNumber: ['Aucune coopérative du registre n’a le numéro d’immatriculation 99.'] },
        } as never),
      ),
    );
    const { user } = renderApp('/claim');
    await user.type(await screen.findByLabelText(/Numéro d’immatriculation/), '99');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByText(/Aucune coopérative du registre/)).toBeInTheDocument();
  });

  it('lists her claims with their state and the reason of a refusal', async () => {
    signedInAs(newcomer);
    server.use(
      http.get('/api/v1/cooperative-claims', ({ response }) =>
        response(200).json({
          items: [claim({ id: 'c2222222-2222-2222-2222-222222222222', status: 'refused', method: 'proof', reason: 'Certificat illisible.' })],
          page: 1,
          pageSize: 50,
          total: 1,
        }),
      ),
    );
    renderApp('/claim');
    const mine = await screen.findByTestId('my-claims');
    expect(within(mine).getByText('Refusée')).toBeInTheDocument();
    expect(within(mine).getByText(/Certificat illisible\./)).toBeInTheDocument();
  });
});

describe("staff's queue of claims", () => {
  it('shows the claimant and the certificate, and refuses with a reason', async () => {
    signedInAs(regionStaff);
    const decisions: unknown[] = [];
    server.use(
      http.get('/api/v1/cooperative-claims', ({ response }) =>
        response(200).json({
          items: [claim({ method: 'proof', status: 'awaitingReview', proofUrl: '/api/v1/documents/d1/content', codeSentTo: [] })],
          page: 1,
          pageSize: 20,
          total: 1,
        }),
      ),
      http.post('/api/v1/cooperative-claims/{claimId}/decision', async ({ request, response }) => {
        decisions.push(await request.json());
        return response(200).json(claim({ status: 'refused', reason: 'Illisible' }));
      }),
    );
    const { user } = renderApp('/admin/claims');
    const card = await screen.findByTestId('claim-card');
    expect(within(card).getByText(/khadija@example.ma/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Ouvrir le certificat' })).toHaveAttribute('href', '/api/v1/documents/d1/content');

    await user.click(within(card).getByRole('button', { name: 'Refuser' }));
    await user.type(within(card).getByLabelText(/Motif/), 'Illisible');
    await user.click(within(card).getByRole('button', { name: 'Refuser la revendication' }));

    expect(await screen.findByTestId('claim-decided')).toHaveTextContent(/Refusée : la personne a reçu le motif/);
    expect(decisions).toEqual([{ decision: 'refuse', reason: 'Illisible' }]);
    expect(screen.getByRole('link', { name: 'Revendications de coopératives' })).toBeInTheDocument();
  });

  it('lets a manager leave her cooperative from its page', async () => {
    const manager: Me = { ...newcomer, roles: ['coop-manager'], cooperatives: [details.id] };
    signedInAs(manager);
    let left = 0;
    server.use(
      http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => response(200).json({ items: [], usedBytes: 0, quotaBytes: 1 })),
      http.get('/api/v1/cooperatives/{cooperativeId}/managers', ({ response }) =>
        response(200).json([{ id: manager.id, displayName: 'Khadija', email: 'khadija@example.ma' }]),
      ),
      http.delete('/api/v1/cooperatives/{cooperativeId}/managers/me', ({ response }) => {
        left++;
        return response(204).empty();
      }),
    );
    const { user } = renderApp(`/cooperatives/${details.id}`);
    const managers = await screen.findByTestId('cooperative-managers');
    await user.click(within(managers).getByRole('button', { name: 'Quitter cette coopérative' }));
    await waitFor(() => expect(left).toBe(1));
  });
});
