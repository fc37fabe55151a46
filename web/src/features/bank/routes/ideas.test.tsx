import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { COOP_ID, idea, submittedIdea } from '@/testing/bank-fixtures';

describe('idea bank', () => {
  it('browser: cards with sectors, SDGs, investment and jobs; Arabic search, sector and SDG filters live in the URL and reach the API', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/v1/ideas', ({ request, response }) => {
        const q = new URL(request.url).searchParams;
        queries.push(q);
        return q.get('sdg') === '5'
          ? response(200).json({ items: [], page: 1, pageSize: 12, total: 0 })
          : response(200).json({ items: [idea], page: 1, pageSize: 12, total: 1 });
      }),
    );
    const { user, router } = renderApp('/ideas?region=MA-09');
    const card = await screen.findByTestId('idea-card');
    expect(within(card).getByRole('link', { name: idea.titleFr! })).toHaveAttribute('href', `/ideas/${idea.id}`);
    // Sector and region names come from the reference data, which may answer after the list on a busy machine.
    expect(await within(card).findByText('Agriculture')).toBeInTheDocument();
    expect(within(card).getByText('ODD 7')).toBeInTheDocument();
    expect(within(card).getByLabelText('ODD 2 — Faim « zéro »')).toBeInTheDocument();
    expect(await within(card).findByText('Souss-Massa')).toBeInTheDocument();
    expect(within(card).getByTestId('idea-investment')).toHaveTextContent(/^350.000\sMAD$/);
    expect(within(card).getByTestId('idea-jobs')).toHaveTextContent('8 (dont 6 pour des femmes)');
    expect(screen.getByTestId('result-count')).toHaveTextContent('1 idée');
    expect(queries.at(-1)?.get('region')).toBe('MA-09');
    // The filters (their own chunk) are there; anonymous visitors do not see the status filter nor the "propose" button.
    expect(await screen.findByRole('combobox', { name: 'Secteur' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Statut' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Proposer une idée' })).not.toBeInTheDocument();

    // An Arabic search is sent as typed (the server folds hamza, ta marbuta and diacritics).
    await user.type(screen.getByRole('searchbox', { name: 'Recherche' }), 'التجفيف الشمسي');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(queries.at(-1)?.get('q')).toBe('التجفيف الشمسي'));
    expect(router.state.location.search).toContain('region=MA-09');

    await user.click(screen.getByRole('combobox', { name: 'Secteur' }));
    await user.click(await screen.findByRole('option', { name: 'Agriculture' }));
    await waitFor(() => expect(queries.at(-1)?.get('sector')).toBe('agriculture'));

    await user.click(screen.getByRole('combobox', { name: 'Objectifs de développement durable' }));
    await user.click(await screen.findByRole('option', { name: 'ODD 5 — Égalité entre les sexes' }));
    await waitFor(() => expect(router.state.location.search).toContain('sdg=5'));
    expect(await screen.findByText('Aucune idée trouvée')).toBeInTheDocument();
    const last = queries.at(-1)!;
    expect([last.get('q'), last.get('sector'), last.get('region'), last.get('sdg')]).toEqual([
      'التجفيف الشمسي',
      'agriculture',
      'MA-09',
      '5',
    ]);
    expect(screen.getByTestId('result-count')).toHaveTextContent('0 idée');
  });

  it('curation: returning an idea needs a comment (checked before any request), then sends it; publishing sends the move', async () => {
    signedInAs(staffMe);
    const moves: unknown[] = [];
    server.use(
      http.get('/api/v1/ideas', ({ request, response }) => {
        expect(new URL(request.url).searchParams.get('status')).toBe('submitted');
        return response(200).json({ items: [submittedIdea], page: 1, pageSize: 20, total: 1 });
      }),
      http.post('/api/v1/ideas/{id}/transitions', async ({ request, params }) => {
        expect(params.id).toBe(submittedIdea.id);
        const body = (await request.json()) as { to?: string; comment?: string | null };
        moves.push(body);
        return HttpResponse.json(
          { ...submittedIdea, status: body.to as 'returned', curationComment: body.comment ?? null, version: 4 },
          { headers: { ETag: 'W/"4"' } },
        );
      }),
    );
    const { user } = renderApp('/ideas/curation');
    expect(await screen.findByRole('heading', { level: 1, name: 'File de curation' })).toBeInTheDocument();
    expect(await screen.findByText('1 idée à traiter')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Renvoyer avec commentaires : ${submittedIdea.titleFr}` }));
    const dialog = await screen.findByRole('dialog', { name: `Renvoyer « ${submittedIdea.titleFr} »` });
    await user.click(within(dialog).getByRole('button', { name: 'Renvoyer avec commentaires' }));
    const comment = within(dialog).getByRole('textbox', { name: /Commentaires pour l’auteur/ });
    expect(comment).toHaveAccessibleDescription('Dites quoi changer avant de renvoyer l’idée.');
    expect(moves).toEqual([]);

    await user.type(comment, '  Précisez le budget d’équipement.  ');
    expect(comment).not.toHaveAccessibleDescription('Dites quoi changer avant de renvoyer l’idée.');
    await user.click(within(dialog).getByRole('button', { name: 'Renvoyer avec commentaires' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(moves).toEqual([{ to: 'returned', comment: 'Précisez le budget d’équipement.' }]);

    await user.click(screen.getByRole('button', { name: `Publier ${submittedIdea.titleFr}` }));
    await waitFor(() => expect(moves).toHaveLength(2));
    expect(moves[1]).toEqual({ to: 'published' });
  });

  it('curation queue is for staff only', async () => {
    signedInAs({ ...staffMe, roles: ['coop-manager'], regions: [], cooperatives: [COOP_ID] });
    renderApp('/ideas/curation');
    expect(await screen.findByRole('alert')).toHaveTextContent("Votre compte n'est pas autorisé à faire cela.");
  });

  it('idea page: a returned idea shows the curator’s comments to its cooperative’s manager, who edits and resubmits it', async () => {
    signedInAs({ ...staffMe, roles: ['coop-manager'], regions: [], cooperatives: [COOP_ID] });
    const returned = { ...idea, status: 'returned' as const, curationComment: 'Précisez le budget.', publishedAt: null };
    const moves: unknown[] = [];
    server.use(
      http.get('/api/v1/ideas/{id}', () => HttpResponse.json(returned, { headers: { ETag: 'W/"3"' } })),
      http.get('/api/v1/ideas/{id}/financing', ({ response }) => response(200).json([])),
      http.post('/api/v1/ideas/{id}/transitions', async ({ request }) => {
        moves.push(await request.json());
        return HttpResponse.json({ ...returned, status: 'submitted', version: 4 }, { headers: { ETag: 'W/"4"' } });
      }),
    );
    const { user } = renderApp(`/ideas/${idea.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: idea.titleFr! })).toBeInTheDocument();
    expect(screen.getByTestId('curation-comment')).toHaveTextContent('Précisez le budget.');
    expect(screen.getByText('Une partie des récoltes se perd faute de transformation locale.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Étude de faisabilité' })).toHaveAttribute('href', 'https://docs.example.org/etude.pdf');
    expect(screen.getByRole('link', { name: 'Modifier' })).toHaveAttribute('href', `/ideas/${idea.id}/edit`);
    expect(screen.queryByRole('button', { name: 'Publier' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Soumettre à la curation' }));
    await waitFor(() => expect(moves).toEqual([{ to: 'submitted' }]));
    expect(await screen.findByTestId('idea-status')).toHaveTextContent('En attente de curation');
  });
});
