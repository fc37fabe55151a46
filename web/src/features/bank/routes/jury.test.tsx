import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import {
  COMPETITION_ID,
  assignment,
  competition,
  entryA,
  entryB,
  idea,
  jurorMe,
  progress,
  ranking,
} from '@/testing/bank-fixtures';

function competitionReads() {
  server.use(
    http.get('/api/v1/competitions/{id}', () => HttpResponse.json(competition, { headers: { ETag: 'W/"4"' } })),
    http.get('/api/v1/competitions/{id}/jury/mine', ({ response }) => response(200).json(assignment)),
  );
}

describe('jury scoring', () => {
  it('shows the caller’s entries with a 0–10 input per criterion, the live weighted total and the progress; saving sends the sheet', async () => {
    signedInAs(jurorMe);
    competitionReads();
    const sent: unknown[] = [];
    server.use(
      http.put('/api/v1/competitions/{id}/entries/{entryId}/scores/mine', async ({ request, params, response }) => {
        expect(params.id).toBe(COMPETITION_ID);
        expect(params.entryId).toBe(entryA.id);
        const body = (await request.json()) as { scores: { criterion: string; score: number }[]; comment: string | null };
        sent.push(body);
        return response(200).json({
          id: 'f0f0f0f0-0000-0000-0000-000000000009',
          entryId: entryA.id,
          jurorId: jurorMe.id,
          scores: body.scores,
          weightedScore: 7.9,
          comment: body.comment,
          updatedAt: '2026-04-03T10:00:00Z',
        });
      }),
    );
    const { user } = renderApp(`/competitions/${COMPETITION_ID}/jury`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes grilles de notation' })).toBeInTheDocument();
    expect(screen.getByTestId('jury-progress-mine')).toHaveTextContent('Candidatures notées : 1 sur 2');

    const [cardA, cardB] = screen.getAllByTestId('score-card');
    // The sheet already given is shown with its weighted total.
    expect(within(cardB!).getByRole('textbox', { name: /Impact social/ })).toHaveValue('6');
    expect(within(cardB!).getByTestId('weighted-total')).toHaveTextContent('6 / 10');
    expect(within(cardB!).getByTestId('sheet-state')).toHaveTextContent('Notée');

    const total = within(cardA!).getByTestId('weighted-total');
    expect(total).toHaveTextContent('0 / 10');
    expect(within(cardA!).getByRole('link', { name: idea.titleFr! })).toBeInTheDocument();
    await user.type(within(cardA!).getByRole('textbox', { name: /Impact social/ }), '8');
    // 8 × 40 / 100 = 3.2; the others count as 0 until scored.
    expect(total).toHaveTextContent('3,2 / 10');
    expect(within(cardA!).getByText('Critères notés : 1 sur 3 ; les autres comptent pour 0.')).toBeInTheDocument();
    await user.type(within(cardA!).getByRole('textbox', { name: /Impact économique/ }), '7');
    await user.type(within(cardA!).getByRole('textbox', { name: /Innovation/ }), '9');
    // 8×40 + 7×35 + 9×25 = 790 → 7.9
    expect(total).toHaveTextContent('7,9 / 10');

    await user.type(within(cardA!).getByRole('textbox', { name: /Commentaire/ }), 'Solide');
    await user.click(within(cardA!).getByRole('button', { name: 'Enregistrer mes notes' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      scores: [
        { criterion: 'social_impact', score: 8 },
        { criterion: 'economic_impact', score: 7 },
        { criterion: 'innovation', score: 9 },
      ],
      comment: 'Solide',
    });
    expect(await within(cardA!).findByRole('status')).toHaveTextContent('Vos notes sont enregistrées (total pondéré 7,9 / 10).');
    expect(screen.getByTestId('jury-progress-mine')).toHaveTextContent('Candidatures notées : 2 sur 2');
  });

  it('an empty criterion is refused before sending; a conflict of interest (409) is explained', async () => {
    signedInAs(jurorMe);
    competitionReads();
    let calls = 0;
    server.use(
      http.put('/api/v1/competitions/{id}/entries/{entryId}/scores/mine', ({ response }) => {
        calls++;
        return response(409).json({
          status: 409,
          title: 'Conflict',
          code: 'jury.conflict_of_interest',
          detail: 'Conflit d’intérêts : vous gérez la coopérative de cette participation, vous ne pouvez pas la noter.',
        });
      }),
    );
    const { user } = renderApp(`/competitions/${COMPETITION_ID}/jury`);
    const [cardA] = await screen.findAllByTestId('score-card');
    await user.type(within(cardA!).getByRole('textbox', { name: /Impact social/ }), '5');
    await user.click(within(cardA!).getByRole('button', { name: 'Enregistrer mes notes' }));
    expect(within(cardA!).getByRole('textbox', { name: /Innovation/ })).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toBe(0);
    await user.type(within(cardA!).getByRole('textbox', { name: /Impact économique/ }), '5');
    await user.type(within(cardA!).getByRole('textbox', { name: /Innovation/ }), '5');
    await user.click(within(cardA!).getByRole('button', { name: 'Enregistrer mes notes' }));
    expect(await within(cardA!).findByRole('alert')).toHaveTextContent('Conflit d’intérêts');
    expect(calls).toBe(1);
  });

  it('someone not on the jury is told so', async () => {
    signedInAs(jurorMe);
    server.use(
      http.get('/api/v1/competitions/{id}', () => HttpResponse.json(competition, { headers: { ETag: 'W/"4"' } })),
      http.get('/api/v1/competitions/{id}/jury/mine', ({ response }) =>
        response(403).json({ status: 403, title: 'Forbidden', code: 'auth.forbidden' }),
      ),
    );
    renderApp(`/competitions/${COMPETITION_ID}/jury`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Vous ne faites pas partie du jury de ce concours.');
  });
});

describe('competition page and results', () => {
  it('anonymous visitors see the criteria, weights, tie rule and entries, not the staff tools', async () => {
    server.use(
      http.get('/api/v1/competitions/{id}', () =>
        HttpResponse.json({ ...competition, status: 'open', acceptingEntries: true }, { headers: { ETag: 'W/"4"' } }),
      ),
      http.get('/api/v1/competitions/{id}/entries', ({ response }) => response(200).json([entryA, entryB])),
    );
    renderApp(`/competitions/${COMPETITION_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: competition.titleFr! })).toBeInTheDocument();
    const criteria = screen.getByTestId('criteria-table');
    expect(within(criteria).getByRole('row', { name: /Impact économique 35 %/ })).toBeInTheDocument();
    expect(screen.getByTestId('tie-rule')).toHaveTextContent('la meilleure moyenne sur « Impact social » passe devant');
    expect(await screen.findAllByTestId('entry-row')).toHaveLength(2);
    expect(screen.queryByRole('tab', { name: 'Jury' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inscrire mon idée' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lancer la délibération' })).not.toBeInTheDocument();
  });

  it('staff running it follow the jury (missing scores named) and move it on with If-Match', async () => {
    signedInAs({ ...jurorMe, id: '77777777-7777-7777-7777-777777777777' });
    let put: { ifMatch: string | null; body: unknown } | null = null;
    server.use(
      http.get('/api/v1/competitions/{id}', () => HttpResponse.json(competition, { headers: { ETag: 'W/"4"' } })),
      http.get('/api/v1/competitions/{id}/entries', ({ response }) => response(200).json([entryA, entryB])),
      http.get('/api/v1/competitions/{id}/jurors', ({ response }) => response(200).json(progress)),
      http.put('/api/v1/competitions/{id}', async ({ request }) => {
        put = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        return HttpResponse.json({ ...competition, status: 'resultsPublished', version: 5 }, { headers: { ETag: 'W/"5"' } });
      }),
    );
    const { user } = renderApp(`/competitions/${COMPETITION_ID}`);
    await user.click(await screen.findByRole('tab', { name: 'Jury' }));
    const row = await screen.findByTestId('juror-row');
    expect(row).toHaveTextContent('1 sur 2');
    expect(row).toHaveTextContent(idea.titleFr!);
    expect(screen.getByRole('button', { name: 'M’ajouter au jury' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publier les résultats' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publier les résultats' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(put).not.toBeNull());
    expect(put!.ifMatch).toBe('W/"4"');
    expect(put!.body).toMatchObject({
      status: 'resultsPublished',
      eventId: competition.eventId,
      opensAt: competition.opensAt,
      criteria: competition.criteria,
      tieBreakCriterion: 'social_impact',
    });
    expect(await screen.findByTestId('competition-status')).toHaveTextContent('Résultats publiés');
  });

  it('results: ranking with score, tie-break, per-criterion averages, award and the CSV link', async () => {
    server.use(
      http.get('/api/v1/competitions/{id}', () =>
        HttpResponse.json({ ...competition, status: 'resultsPublished' }, { headers: { ETag: 'W/"4"' } }),
      ),
      http.get('/api/v1/competitions/{id}/ranking', ({ response }) => response(200).json(ranking)),
    );
    renderApp(`/competitions/${COMPETITION_ID}/results`);
    const row = await screen.findByTestId('ranking-row');
    expect(within(row).getByTestId('ranking-score')).toHaveTextContent('7,45');
    expect(within(row).getByTestId('ranking-tie-break')).toHaveTextContent('8');
    expect(row).toHaveTextContent('1. Premier prix');
    expect(row).toHaveTextContent(idea.cooperativeNameFr!);
    expect(screen.getByRole('link', { name: 'Exporter en CSV' })).toHaveAttribute(
      'href',
      `/api/v1/competitions/${COMPETITION_ID}/ranking.csv`,
    );
  });
});
