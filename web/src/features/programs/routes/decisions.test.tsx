import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { application, call, program, ranking } from '@/testing/program-fixtures';

function staffReads() {
  server.use(
    http.get('/api/v1/auth/me', ({ response }) => response(200).json(staffMe)),
    http.get('/api/v1/calls/{id}', () => HttpResponse.json(call, { headers: { ETag: '"1"' } })),
    http.get('/api/v1/programs/{id}', () => HttpResponse.json(program, { headers: { ETag: '"1"' } })),
  );
}

describe('decisions and submission errors', () => {
  it('ranking: selecting when every place is taken (409 call.places_full) says so in the dialog', async () => {
    staffReads();
    const sent: unknown[] = [];
    server.use(
      http.get('/api/v1/calls/{id}/ranking', ({ response }) => response(200).json(ranking)),
      http.post('/api/v1/applications/{id}/transitions', async ({ request, params, response }) => {
        expect(params.id).toBe(application.id);
        sent.push(await request.json());
        return response(409).json({
          status: 409,
          title: 'Conflict',
          code: 'call.places_full',
          detail: 'Les 10 places de l’appel sont prises : mettez la candidature sur liste d’attente ou libérez d’abord une place.',
        });
      }),
    );
    const { user } = renderApp(`/calls/${call.id}/board?tab=ranking`);
    const row = await screen.findByTestId('ranking-row');
    expect(within(row).getByTestId('ranking-score')).toHaveTextContent('7,45');
    expect(row).toHaveTextContent('En évaluation');
    expect(screen.getByTestId('places-taken')).toHaveTextContent('10 places prises sur 10');

    await user.click(within(row).getByRole('button', { name: `Retenir ${application.cooperativeNameFr}` }));
    const dialog = await screen.findByRole('dialog', { name: `Retenir ${application.cooperativeNameFr}` });
    const submit = within(dialog).getByRole('button', { name: 'Retenir' });
    expect(submit).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: /Motif/ }), 'Meilleur dossier');
    await user.click(submit);
    const alert = await within(dialog).findByTestId('decision-error');
    expect(alert).toHaveTextContent('Plus aucune place');
    expect(alert).toHaveTextContent('Les 10 places de l’appel sont prises : mettez la candidature sur liste d’attente');
    expect(sent).toEqual([{ to: 'selected', reason: 'Meilleur dossier' }]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('submit: a 422 application.documents_missing names the missing documents and marks their fields', async () => {
    staffReads();
    let ifMatch: string | null = null;
    server.use(
      http.get('/api/v1/applications/{id}', () => HttpResponse.json(application, { headers: { ETag: '"2"' } })),
      http.get('/api/v1/applications/{id}/history', ({ response }) =>
        // The API sends "from": null on the first entry; the contract declares it optional, not nullable.
        response(200).json([{ sequence: 1, to: 'draft', reason: null, actor: 'Délégation Souss-Massa', at: '2026-11-20T10:00:00Z' }]),
      ),
      http.post('/api/v1/applications/{id}/submit', ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        return response(422).json({
          status: 422,
          title: 'The content cannot be processed.',
          code: 'application.documents_missing',
          detail: 'Liez les pièces obligatoires avant de déposer : Statuts de la coopérative.',
          errors: { documents: ["Missing mandatory document 'statutes'."] },
          missingDocuments: ['statutes'],
        });
      }),
    );
    const { user } = renderApp(`/applications/${application.id}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(`Candidature de ${application.cooperativeNameFr}`);
    expect(screen.getByTestId('application-status')).toHaveTextContent('Brouillon');
    await user.click(screen.getByRole('button', { name: 'Déposer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Déposer la candidature ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Déposer la candidature' }));

    expect(await screen.findByTestId('application-error')).toHaveTextContent(
      'Liez les pièces obligatoires avant de déposer : Statuts de la coopérative.',
    );
    const statutes = screen.getByRole('textbox', { name: /Statuts de la coopérative/ });
    await waitFor(() =>
      expect(statutes).toHaveAccessibleDescription(expect.stringContaining('Cette pièce obligatoire est nécessaire avant le dépôt.')),
    );
    expect(ifMatch).toBe('"2"');
  });

  it('submit: the result says eligible, or not eligible with each reason', async () => {
    staffReads();
    let current = application;
    server.use(
      http.get('/api/v1/applications/{id}', () => HttpResponse.json(current, { headers: { ETag: `"${current.version}"` } })),
      http.get('/api/v1/applications/{id}/history', ({ response }) => response(200).json([])),
      http.post('/api/v1/applications/{id}/submit', () => {
        current = {
          ...application,
          status: 'ineligible',
          version: 4,
          submittedAt: '2026-11-22T10:00:00Z',
          eligibility: [{ rule: 'members', message: 'The call needs at least 7 members; the registry lists 5.' }],
        };
        return HttpResponse.json(current, { headers: { ETag: '"4"' } });
      }),
    );
    const { user } = renderApp(`/applications/${application.id}`);
    await user.click(await screen.findByRole('button', { name: 'Déposer' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Déposer la candidature' }));
    const result = await screen.findByTestId('submit-result');
    expect(result).toHaveTextContent('Non éligible');
    expect(result).toHaveTextContent('Nombre de membres');
    expect(result).toHaveTextContent('The call needs at least 7 members; the registry lists 5.');
    expect(screen.getByTestId('application-status')).toHaveTextContent('Non éligible');
  });

  it('call form: the criteria weights show a live total and must sum to 100', async () => {
    staffReads();
    let posted = false;
    server.use(
      http.post('/api/v1/calls', ({ response }) => {
        posted = true;
        return response(201).json(call);
      }),
    );
    const { user } = renderApp(`/calls/new?programId=${program.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ajouter un critère' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter un critère' }));
    const weights = screen.getAllByRole('textbox', { name: 'Poids' });
    await user.type(weights[0]!, '60');
    await user.type(weights[1]!, '30');
    expect(screen.getByTestId('weights-total')).toHaveTextContent('Total des poids : 90 / 100');
    await user.click(screen.getByRole('button', { name: 'Nouvel appel' }));
    expect(await screen.findByText('La somme des poids des critères doit être 100.')).toBeInTheDocument();
    expect(posted).toBe(false);
    await user.clear(weights[1]!);
    await user.type(weights[1]!, '40');
    expect(screen.getByTestId('weights-total')).toHaveTextContent('Total des poids : 100 / 100');
  });

  it('call form without a program: the page keeps its title and leads to the programs', async () => {
    staffReads();
    renderApp('/calls/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nouvel appel à manifestation d’intérêt' })).toBeInTheDocument();
    expect(screen.getByText('Ouvrez un appel depuis la page de son programme.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir les programmes' })).toHaveAttribute('href', '/programs');
  });
});
